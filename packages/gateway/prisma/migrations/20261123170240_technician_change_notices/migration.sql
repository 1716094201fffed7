-- Gateways also keep the technicians of an area in memory (who may serve a postal code, their
-- hours and days off): every write to them announces its tenant, as the configuration does.
CREATE TRIGGER "technicians_announce_change" AFTER INSERT OR UPDATE OR DELETE ON "technicians"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();
