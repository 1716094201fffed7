-- AlterTable
ALTER TABLE "completion_certificates" ADD COLUMN     "declinedAt" TIMESTAMPTZ(3);
