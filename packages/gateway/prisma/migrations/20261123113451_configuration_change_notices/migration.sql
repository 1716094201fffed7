-- Gateways keep what every request reads (keys, service settings, the catalogue and its warranty
-- policies) in memory, and must hear of every change to it, from whichever process or tool wrote
-- it: each write announces the tenant it touched on commit (PostgreSQL NOTIFY; identical notices
-- of one transaction are delivered once). An empty notice means "any tenant".
CREATE FUNCTION "sav_announce_configuration_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed_row RECORD;
  tenant TEXT := '';
BEGIN
  IF TG_OP = 'DELETE' THEN changed_row := OLD; ELSE changed_row := NEW; END IF;
  IF TG_TABLE_NAME = 'tenants' THEN
    tenant := changed_row."id";
  ELSIF TG_TABLE_NAME <> 'warranty_policy_parts' THEN
    tenant := changed_row."tenantId";
  END IF;
  PERFORM pg_notify('sav_configuration_changes', tenant);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "tenants_announce_change" AFTER INSERT OR UPDATE OR DELETE ON "tenants"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();

-- A key's last-used time is written once a minute per key: not a change anyone must hear of.
CREATE TRIGGER "api_keys_announce_change" AFTER INSERT OR DELETE OR UPDATE OF "tenantId", "kind", "hash", "label", "revokedAt", "expiresAt", "scopes" ON "api_keys"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();

CREATE TRIGGER "product_models_announce_change" AFTER INSERT OR UPDATE OR DELETE ON "product_models"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();

CREATE TRIGGER "warranty_policies_announce_change" AFTER INSERT OR UPDATE OR DELETE ON "warranty_policies"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();

CREATE TRIGGER "warranty_policy_parts_announce_change" AFTER INSERT OR UPDATE OR DELETE ON "warranty_policy_parts"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();
