-- The quality report's tickets of a period (createdAt from a day to a day in the tenant's zone),
-- read by range instead of scanning all of the tenant's tickets (BENCHMARKS.md, `pnpm bench analytics`).
-- CreateIndex
CREATE INDEX "tickets_tenantId_createdAt_idx" ON "tickets"("tenantId", "createdAt");
