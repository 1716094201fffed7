-- Issue 10, usage advice: a tenant's own tips per catalogue model (setUsageAdvice). A write to
-- product_models is already announced to every gateway (configuration_change_notices), so the
-- gateways' cached tips are forgotten on change like the rest of the catalogue.
ALTER TABLE "product_models" ADD COLUMN "usageTips" JSONB;
