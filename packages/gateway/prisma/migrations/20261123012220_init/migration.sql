-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "api_key_kind" AS ENUM ('PUBLISHABLE', 'SECRET');

-- CreateEnum
CREATE TYPE "service_period_kind" AS ENUM ('REPAIR', 'AWAITING_PARTS');

-- CreateTable
CREATE TABLE "tenants" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
    "allowedOrigins" TEXT[],
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "api_key_kind" NOT NULL,
    "hash" TEXT NOT NULL,
    "displayPrefix" TEXT NOT NULL,
    "label" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_models" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "brand" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "productLines" TEXT[],

    CONSTRAINT "product_models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "warranty_policies" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productLine" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT,
    "purchasedFrom" DATE,
    "purchasedUntil" DATE,
    "country" TEXT,
    "cities" TEXT[],
    "returnDays" INTEGER,
    "exchangeDays" INTEGER,
    "exclusions" TEXT[],
    "paidRepairAfterExpiry" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "warranty_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "warranty_policy_parts" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "months" INTEGER NOT NULL,

    CONSTRAINT "warranty_policy_parts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sales" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "productModelId" TEXT NOT NULL,
    "purchaseDate" DATE NOT NULL,
    "country" TEXT,
    "city" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sales_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_periods" (
    "id" TEXT NOT NULL,
    "saleId" TEXT NOT NULL,
    "kind" "service_period_kind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,

    CONSTRAINT "service_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reintervention_terms" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "hourlyRateMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "thresholdMinutes" INTEGER NOT NULL DEFAULT 60,
    "billableCauses" TEXT[] DEFAULT ARRAY['SUPPLIES', 'DESIGNER']::TEXT[],
    "effectiveFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reintervention_terms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "technicians" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "badgeNumber" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "skills" TEXT[],
    "postalCodes" TEXT[],
    "country" TEXT NOT NULL,

    CONSTRAINT "technicians_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenants_slug_key" ON "tenants"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys"("hash");

-- CreateIndex
CREATE INDEX "api_keys_tenantId_idx" ON "api_keys"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "product_models_tenantId_model_key" ON "product_models"("tenantId", "model");

-- CreateIndex
CREATE INDEX "warranty_policies_tenantId_productLine_idx" ON "warranty_policies"("tenantId", "productLine");

-- CreateIndex
CREATE UNIQUE INDEX "warranty_policy_parts_policyId_part_key" ON "warranty_policy_parts"("policyId", "part");

-- CreateIndex
CREATE INDEX "sales_productModelId_idx" ON "sales"("productModelId");

-- CreateIndex
CREATE UNIQUE INDEX "sales_tenantId_serialNumber_key" ON "sales"("tenantId", "serialNumber");

-- CreateIndex
CREATE INDEX "service_periods_saleId_idx" ON "service_periods"("saleId");

-- CreateIndex
CREATE INDEX "reintervention_terms_tenantId_effectiveFrom_idx" ON "reintervention_terms"("tenantId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "technicians_tenantId_badgeNumber_key" ON "technicians"("tenantId", "badgeNumber");

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_models" ADD CONSTRAINT "product_models_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warranty_policies" ADD CONSTRAINT "warranty_policies_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warranty_policy_parts" ADD CONSTRAINT "warranty_policy_parts_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "warranty_policies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales" ADD CONSTRAINT "sales_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales" ADD CONSTRAINT "sales_productModelId_fkey" FOREIGN KEY ("productModelId") REFERENCES "product_models"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_periods" ADD CONSTRAINT "service_periods_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reintervention_terms" ADD CONSTRAINT "reintervention_terms_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "technicians" ADD CONSTRAINT "technicians_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
