-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "changeCutoffMinutes" INTEGER NOT NULL DEFAULT 1440;

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "cancellationReason" TEXT,
ADD COLUMN     "verificationNote" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMPTZ(3);
