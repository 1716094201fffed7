-- CreateEnum
CREATE TYPE "certificate_status" AS ENUM ('AWAITING_SIGNATURE', 'SIGNED', 'DECLINED');

-- CreateTable
CREATE TABLE "installation_jobs" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "customerEmail" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "designerName" TEXT NOT NULL,
    "installerName" TEXT NOT NULL,
    "supplies" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "installation_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "completion_certificates" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "itemsDone" TEXT[],
    "reserves" JSONB NOT NULL,
    "photoUrls" TEXT[],
    "status" "certificate_status" NOT NULL DEFAULT 'AWAITING_SIGNATURE',
    "signerName" TEXT,
    "signatureKind" TEXT,
    "signature" TEXT,
    "signedAt" TIMESTAMPTZ(3),
    "signedPlace" TEXT,
    "signedRemotely" BOOLEAN,
    "declineReason" TEXT,
    "termsId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "completion_certificates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "installation_jobs_tenantId_reference_key" ON "installation_jobs"("tenantId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "completion_certificates_jobId_key" ON "completion_certificates"("jobId");

-- AddForeignKey
ALTER TABLE "installation_jobs" ADD CONSTRAINT "installation_jobs_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "completion_certificates" ADD CONSTRAINT "completion_certificates_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "installation_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
