-- Partner workshops (issue 10): independent repairers a tenant routes tickets to by its ordered
-- rules (category, country, postal-code prefixes); a ticket and an API key may name one partner.

-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "partnerId" TEXT;

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "partnerId" TEXT;

-- CreateTable
CREATE TABLE "partner_workshops" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "addressLine1" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partner_workshops_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_routing_rules" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "category" TEXT,
    "country" TEXT,
    "postalCodePrefixes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "partnerId" TEXT NOT NULL,

    CONSTRAINT "ticket_routing_rules_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "partner_workshops_tenantId_idx" ON "partner_workshops"("tenantId");

-- CreateIndex
CREATE INDEX "ticket_routing_rules_partnerId_idx" ON "ticket_routing_rules"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_routing_rules_tenantId_position_key" ON "ticket_routing_rules"("tenantId", "position");

-- CreateIndex
CREATE INDEX "tickets_partnerId_status_idx" ON "tickets"("partnerId", "status");

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "partner_workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "partner_workshops"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_workshops" ADD CONSTRAINT "partner_workshops_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_routing_rules" ADD CONSTRAINT "ticket_routing_rules_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_routing_rules" ADD CONSTRAINT "ticket_routing_rules_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "partner_workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;
