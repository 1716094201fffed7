-- CreateEnum
CREATE TYPE "ticket_status" AS ENUM ('RECEIVED', 'NEEDS_VERIFICATION', 'VERIFIED', 'DIAGNOSED', 'SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'ON_SITE', 'AWAITING_PARTS', 'REPAIRING', 'REPAIRED', 'NOT_REPAIRABLE', 'FOLLOW_UP', 'CLOSED', 'REOPENED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "visit_status" AS ENUM ('BOOKED', 'CANCELLED');

-- AlterTable
ALTER TABLE "technicians" ADD COLUMN     "daysOff" DATE[],
ADD COLUMN     "workingHours" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "arrivalWindowMinutes" INTEGER NOT NULL DEFAULT 120,
ADD COLUMN     "minimumNoticeMinutes" INTEGER NOT NULL DEFAULT 120,
ADD COLUMN     "priceList" JSONB,
ADD COLUMN     "travelBufferMinutes" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "tickets" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "status" "ticket_status" NOT NULL,
    "productModel" TEXT NOT NULL,
    "productModelId" TEXT,
    "serialNumber" TEXT,
    "purchaseDate" DATE,
    "fault" TEXT NOT NULL,
    "symptoms" TEXT[],
    "likelyParts" TEXT[],
    "repairLocation" TEXT NOT NULL,
    "visitMinutes" INTEGER NOT NULL,
    "warrantyStatus" TEXT,
    "verificationReasons" TEXT[],
    "customerName" TEXT NOT NULL,
    "customerEmail" TEXT NOT NULL,
    "customerPhone" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visits" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "technicianId" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "windowEnd" TIMESTAMPTZ(3) NOT NULL,
    "reservedUntil" TIMESTAMPTZ(3) NOT NULL,
    "status" "visit_status" NOT NULL DEFAULT 'BOOKED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "visits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tickets_trackingCode_key" ON "tickets"("trackingCode");

-- CreateIndex
CREATE INDEX "tickets_tenantId_status_idx" ON "tickets"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_tenantId_idempotencyKey_key" ON "tickets"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "visits_tenantId_windowStart_idx" ON "visits"("tenantId", "windowStart");

-- CreateIndex
CREATE INDEX "visits_technicianId_windowStart_idx" ON "visits"("technicianId", "windowStart");

-- CreateIndex
CREATE INDEX "visits_ticketId_idx" ON "visits"("ticketId");

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_technicianId_fkey" FOREIGN KEY ("technicianId") REFERENCES "technicians"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (Prisma's schema language has no exclusion constraints): a technician can never
-- be booked twice for overlapping times, whatever the number of simultaneous requests. The
-- extension goes to the public schema so that dropping a tenant's or a test's schema keeps it.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

ALTER TABLE "visits" ADD CONSTRAINT "visits_window_order" CHECK ("windowStart" < "windowEnd" AND "windowEnd" <= "reservedUntil");

ALTER TABLE "visits" ADD CONSTRAINT "visits_technician_no_overlap"
  EXCLUDE USING gist ("technicianId" WITH =, tstzrange("windowStart", "reservedUntil", '[)') WITH &&)
  WHERE ("status" = 'BOOKED');
