-- AlterTable
ALTER TABLE "installation_jobs" ADD COLUMN     "supplierName" TEXT;

-- CreateTable
CREATE TABLE "reinterventions" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "reportedProblem" TEXT NOT NULL,
    "cause" TEXT,
    "arrivedAt" TIMESTAMPTZ(3),
    "departedAt" TIMESTAMPTZ(3),
    "presenceMinutes" INTEGER,
    "termsId" TEXT,
    "billable" BOOLEAN,
    "payer" TEXT,
    "billTo" TEXT,
    "currency" TEXT,
    "amountExclTaxMinor" INTEGER,
    "vatRateBasisPoints" INTEGER,
    "vatMinor" INTEGER,
    "amountInclTaxMinor" INTEGER,
    "rule" TEXT,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3),

    CONSTRAINT "reinterventions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reinterventions_jobId_idx" ON "reinterventions"("jobId");

-- CreateIndex
CREATE INDEX "reinterventions_tenantId_openedAt_idx" ON "reinterventions"("tenantId", "openedAt");

-- AddForeignKey
ALTER TABLE "reinterventions" ADD CONSTRAINT "reinterventions_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reinterventions" ADD CONSTRAINT "reinterventions_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "installation_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
