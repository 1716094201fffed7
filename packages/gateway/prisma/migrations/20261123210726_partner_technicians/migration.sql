-- Partner workshops' own technicians (issue 10): a technician may work for one partner workshop of
-- the same tenant (the foreign key names both), and then serves only the tickets routed to it.
-- Gateways keep the routing rules and whether each partner is active in memory too: every write to
-- them announces its tenant, as the technicians and the configuration do.

-- AlterTable
ALTER TABLE "technicians" ADD COLUMN     "partnerId" TEXT;

-- CreateIndex
CREATE INDEX "technicians_partnerId_idx" ON "technicians"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "partner_workshops_tenantId_id_key" ON "partner_workshops"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "technicians" ADD CONSTRAINT "technicians_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "partner_workshops"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

CREATE TRIGGER "ticket_routing_rules_announce_change" AFTER INSERT OR UPDATE OR DELETE ON "ticket_routing_rules"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();

CREATE TRIGGER "partner_workshops_announce_change" AFTER INSERT OR UPDATE OR DELETE ON "partner_workshops"
  FOR EACH ROW EXECUTE FUNCTION "sav_announce_configuration_change"();
