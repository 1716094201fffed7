-- CreateEnum
CREATE TYPE "quote_status" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "webhook_delivery_status" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "product_models" ADD COLUMN     "replacementPriceMinor" INTEGER;

-- AlterTable
ALTER TABLE "service_periods" ADD COLUMN     "ticketId" TEXT;

-- AlterTable
ALTER TABLE "technicians" ADD COLUMN     "photoUrl" TEXT;

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "followUpDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "linkSecret" TEXT NOT NULL DEFAULT ((gen_random_uuid())::text || (gen_random_uuid())::text),
ADD COLUMN     "lookupsPerMinute" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "repairCostLimitPercent" INTEGER NOT NULL DEFAULT 50,
ADD COLUMN     "satisfactionThreshold" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "trackerUrl" TEXT;

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "diagnosisNote" TEXT,
ADD COLUMN     "followUpOn" DATE,
ADD COLUMN     "minutesOnSite" INTEGER,
ADD COLUMN     "outcomeNote" TEXT,
ADD COLUMN     "partsUsed" TEXT[];

-- AlterTable
ALTER TABLE "visits" ADD COLUMN     "arrivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "delayReason" TEXT,
ADD COLUMN     "departedAt" TIMESTAMPTZ(3),
ADD COLUMN     "expectedArrivalAt" TIMESTAMPTZ(3),
ADD COLUMN     "travelStartedAt" TIMESTAMPTZ(3),
ADD COLUMN     "verificationCode" TEXT;

-- CreateTable
CREATE TABLE "ticket_events" (
    "id" TEXT NOT NULL,
    "position" SERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" "ticket_status",
    "toStatus" "ticket_status" NOT NULL,
    "actor" TEXT NOT NULL,
    "actorName" TEXT,
    "reason" TEXT,
    "details" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ticket_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quotes" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "status" "quote_status" NOT NULL DEFAULT 'PENDING',
    "currency" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "totalMinor" INTEGER NOT NULL,
    "advice" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "answeredAt" TIMESTAMPTZ(3),
    "answerNote" TEXT,

    CONSTRAINT "quotes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_ratings" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ticket_ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" "webhook_delivery_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "availableAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_windows" (
    "tenantId" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_windows_pkey" PRIMARY KEY ("bucket","windowStart")
);

-- CreateIndex
CREATE INDEX "ticket_events_ticketId_position_idx" ON "ticket_events"("ticketId", "position");

-- CreateIndex
CREATE INDEX "quotes_ticketId_idx" ON "quotes"("ticketId");

-- CreateIndex
CREATE INDEX "ticket_ratings_ticketId_idx" ON "ticket_ratings"("ticketId");

-- CreateIndex
CREATE INDEX "webhook_endpoints_tenantId_idx" ON "webhook_endpoints"("tenantId");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_availableAt_idx" ON "webhook_deliveries"("status", "availableAt");

-- CreateIndex
CREATE INDEX "webhook_deliveries_tenantId_createdAt_idx" ON "webhook_deliveries"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "rate_limit_windows_windowStart_idx" ON "rate_limit_windows"("windowStart");

-- CreateIndex
CREATE INDEX "service_periods_ticketId_idx" ON "service_periods"("ticketId");

-- AddForeignKey
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_ratings" ADD CONSTRAINT "ticket_ratings_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rate_limit_windows" ADD CONSTRAINT "rate_limit_windows_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
