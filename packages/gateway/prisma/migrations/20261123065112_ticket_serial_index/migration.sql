-- CreateIndex
CREATE INDEX "tickets_tenantId_serialNumber_idx" ON "tickets"("tenantId", "serialNumber");
