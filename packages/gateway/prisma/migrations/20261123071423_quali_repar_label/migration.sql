-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "qualiReparLabelled" BOOLEAN NOT NULL DEFAULT false;
