-- A warranty check by serial was a case-insensitive match (ILIKE), which no index serves: with ten
-- million registered sales, a scan of them all. Serials are now stored upper-cased, as tickets
-- already store them, and found by an exact match on the unique index (tenantId, serialNumber).
-- A serial that differs from another of the same tenant only by case stays as it is (the unique
-- index would refuse the change) and would no longer be found: none is known.
UPDATE "sales" AS s SET "serialNumber" = upper(s."serialNumber")
WHERE s."serialNumber" <> upper(s."serialNumber")
  AND NOT EXISTS (SELECT 1 FROM "sales" AS o WHERE o."tenantId" = s."tenantId" AND o."serialNumber" = upper(s."serialNumber"));

ALTER TABLE "sales" ADD CONSTRAINT "sales_serial_upper_case" CHECK ("serialNumber" = upper("serialNumber")) NOT VALID;
