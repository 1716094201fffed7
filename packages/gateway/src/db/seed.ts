// Seeds the demo tenant (demo-data.ts) into a store that has no tenant at all.
import { hashKey, keyDisplayPrefix } from '../tenancy/keys.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import {
  demoApiKeys,
  demoProductModels,
  demoReinterventionTerms,
  demoSales,
  demoPriceList,
  demoTechnicians,
  demoWorkshops,
  demoTenant,
  demoWarrantyPolicies,
  type IsoDate,
} from './demo-data.js';

/** The value Prisma writes to a `@db.Date` column for a calendar date (UTC midnight). */
function calendarDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function calendarDateOrNull(date: IsoDate | null): Date | null {
  return date === null ? null : calendarDate(date);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

type TransactionClient = Prisma.TransactionClient;

async function writeDemoTenant(tx: TransactionClient): Promise<void> {
  const tenant = await tx.tenant.create({
    data: {
      ...demoTenant,
      allowedOrigins: [...demoTenant.allowedOrigins],
      priceList: { ...demoPriceList, parts: { ...demoPriceList.parts } },
      apiKeys: {
        create: demoApiKeys.map(({ kind, key, label }) => ({
          kind,
          hash: hashKey(key),
          displayPrefix: keyDisplayPrefix(key),
          label,
        })),
      },
      productModels: {
        create: demoProductModels.map((product) => ({ ...product, productLines: [...product.productLines] })),
      },
      warrantyPolicies: {
        create: demoWarrantyPolicies.map((policy) => ({
          ...policy,
          purchasedFrom: calendarDateOrNull(policy.purchasedFrom),
          purchasedUntil: calendarDateOrNull(policy.purchasedUntil),
          cities: [...policy.cities],
          exclusions: [...policy.exclusions],
          parts: { create: policy.parts.map((part) => ({ ...part })) },
        })),
      },
      reinterventionTerms: {
        create: {
          ...demoReinterventionTerms,
          billableCauses: [...demoReinterventionTerms.billableCauses],
          vatRates: { ...demoReinterventionTerms.vatRates },
          effectiveFrom: new Date(demoReinterventionTerms.effectiveFrom),
        },
      },
      workshops: {
        create: demoWorkshops.map((workshop) => ({
          ...workshop,
          skills: [...workshop.skills],
          openingHours: workshop.openingHours.map((hours) => ({ ...hours })),
        })),
      },
      technicians: {
        create: demoTechnicians.map((technician) => ({
          ...technician,
          skills: [...technician.skills],
          postalCodes: [...technician.postalCodes],
          workingHours: technician.workingHours.map((hours) => ({ ...hours })),
        })),
      },
    },
    select: { id: true },
  });

  for (const sale of demoSales) {
    await tx.sale.create({
      data: {
        tenant: { connect: { id: tenant.id } },
        serialNumber: sale.serialNumber.toUpperCase(),
        productModel: { connect: { tenantId_model: { tenantId: tenant.id, model: sale.productModel } } },
        purchaseDate: calendarDate(sale.purchaseDate),
        country: sale.country,
        city: sale.city,
        servicePeriods: {
          create: sale.servicePeriods.map((period) => ({
            kind: period.kind,
            startsOn: calendarDate(period.startsOn),
            endsOn: calendarDate(period.endsOn),
          })),
        },
      },
      select: { id: true },
    });
  }
}

/**
 * Creates the demo tenant, its keys (hashed), catalogue, warranty policies, sales, reintervention
 * terms and technicians, all or nothing, when the store has no tenant at all. Does nothing where
 * NODE_ENV is `production`, nor when any tenant exists (or another process seeds at the same time).
 */
export async function seedDemo(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  if (process.env.NODE_ENV === 'production') return { seeded: false };
  try {
    return await prisma.$transaction(async (tx) => {
      if ((await tx.tenant.count()) > 0) return { seeded: false };
      await writeDemoTenant(tx);
      return { seeded: true };
    });
  } catch (error) {
    // Another process seeded the same demo tenant (slug, key hashes) between our count and insert.
    if (isUniqueViolation(error)) return { seeded: false };
    throw error;
  }
}
