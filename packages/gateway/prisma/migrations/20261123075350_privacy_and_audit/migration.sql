-- AlterTable
ALTER TABLE "installation_jobs" ADD COLUMN     "personalDataErasedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "personalDataRetentionDays" INTEGER NOT NULL DEFAULT 1095;

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "personalDataErasedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" TEXT NOT NULL,
    "position" SERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "keyId" TEXT,
    "keyLabel" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "outcome" TEXT NOT NULL,
    "errorType" TEXT,
    "errorCode" TEXT,
    "requestId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "personal_data_erasures" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "subjectHash" TEXT,
    "trigger" TEXT NOT NULL,
    "reason" TEXT,
    "keyId" TEXT,
    "tickets" INTEGER NOT NULL,
    "installationJobs" INTEGER NOT NULL,
    "messages" INTEGER NOT NULL,
    "surveyAnswers" INTEGER NOT NULL,
    "erasedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "personal_data_erasures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_entries_tenantId_position_idx" ON "audit_entries"("tenantId", "position");

-- CreateIndex
CREATE INDEX "audit_entries_tenantId_action_position_idx" ON "audit_entries"("tenantId", "action", "position");

-- CreateIndex
CREATE INDEX "personal_data_erasures_tenantId_subjectHash_idx" ON "personal_data_erasures"("tenantId", "subjectHash");

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_data_erasures" ADD CONSTRAINT "personal_data_erasures_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
