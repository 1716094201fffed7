-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "faultMapping" JSONB;
