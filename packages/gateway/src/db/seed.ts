// Seeds the demo tenant (demo-data.ts) into a store that has no tenant at all.
import { hashKey, keyDisplayPrefix } from '../tenancy/keys.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import {
  demoApiKeys,
  demoFleetSales,
  demoProductModels,
  demoRepairHistory,
  demoReinterventionTerms,
  demoSales,
  demoPriceList,
  demoTechnicians,
  demoWorkshops,
  demoPartnerWorkshops,
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

  for (const sale of [...demoSales, ...demoFleetSales]) {
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
  await writeDemoRepairHistory(tx, tenant.id);
  await writeDemoPartnerWorkshops(tx, tenant.id);
}

/** The demo's partner workshops, their technicians and, in order, the routing rules that name them. */
async function writeDemoPartnerWorkshops(tx: TransactionClient, tenantId: string): Promise<void> {
  let position = 0;
  for (const { routingRules, technicians, ...partner } of demoPartnerWorkshops) {
    const { id } = await tx.partnerWorkshop.create({ data: { tenantId, ...partner }, select: { id: true } });
    for (const technician of technicians) {
      await tx.technician.create({
        data: {
          tenantId,
          partnerId: id,
          ...technician,
          skills: [...technician.skills],
          postalCodes: [...technician.postalCodes],
          workingHours: technician.workingHours.map((hours) => ({ ...hours })),
        },
      });
    }
    for (const rule of routingRules) {
      await tx.ticketRoutingRule.create({ data: { tenantId, position, partnerId: id, category: rule.category, country: rule.country, postalCodePrefixes: [...rule.postalCodePrefixes] } });
      position += 1;
    }
  }
}

/** An instant some hours after another. */
function hoursAfter(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}

/**
 * The demo's repair history (demo-data.ts): each repair closed, with its visits, the REPAIRED and
 * CLOSED events, and its rating; no personal data (empty, marked erased at the ticket's close).
 */
async function writeDemoRepairHistory(tx: TransactionClient, tenantId: string): Promise<void> {
  const technicians = new Map((await tx.technician.findMany({ where: { tenantId }, select: { id: true, badgeNumber: true } })).map((technician) => [technician.badgeNumber, technician.id]));
  const units = new Map(demoFleetSales.map((sale) => [sale.serialNumber, sale]));
  for (const repair of demoRepairHistory) {
    const unit = units.get(repair.serialNumber);
    if (!unit) throw new Error(`The demo repair ${repair.trackingCode} is on ${repair.serialNumber}, which the fleet does not hold.`);
    const requestedAt = new Date(repair.requestedAt);
    const repairedAt = hoursAfter(requestedAt, repair.repairedAfterHours);
    const closedAt = hoursAfter(repairedAt, 24);
    const model = await tx.productModel.findUniqueOrThrow({ where: { tenantId_model: { tenantId, model: unit.productModel } }, select: { id: true } });
    const ticket = await tx.ticket.create({
      data: {
        tenantId,
        trackingCode: repair.trackingCode,
        status: 'CLOSED',
        productModel: unit.productModel,
        productModelId: model.id,
        serialNumber: unit.serialNumber,
        purchaseDate: calendarDate(unit.purchaseDate),
        fault: '',
        symptoms: [...repair.symptoms],
        likelyParts: [...repair.partsUsed],
        repairLocation: 'HOME',
        visitMinutes: 60,
        warrantyStatus: 'COVERED',
        verificationReasons: [],
        customerName: '',
        customerEmail: '',
        customerPhone: '',
        addressLine1: '',
        postalCode: '',
        city: '',
        country: unit.country ?? 'FR',
        partsUsed: [...repair.partsUsed],
        minutesOnSite: 60,
        personalDataErasedAt: closedAt,
        createdAt: requestedAt,
      },
      select: { id: true },
    });
    for (const visit of repair.visits) {
      const technicianId = technicians.get(visit.badgeNumber);
      if (!technicianId) throw new Error(`The demo repair ${repair.trackingCode} names the technician ${visit.badgeNumber}, who is not seeded.`);
      const windowStart = hoursAfter(requestedAt, visit.afterHours);
      await tx.visit.create({
        data: { tenantId, ticketId: ticket.id, technicianId, windowStart, windowEnd: hoursAfter(windowStart, 2), reservedUntil: hoursAfter(windowStart, 3), arrivedAt: windowStart, departedAt: hoursAfter(windowStart, 1) },
      });
    }
    await tx.ticketEvent.createMany({
      data: [
        { tenantId, ticketId: ticket.id, kind: 'CREATED', toStatus: 'SCHEDULED', actor: 'SYSTEM', at: requestedAt },
        { tenantId, ticketId: ticket.id, kind: 'STATUS_CHANGED', fromStatus: 'ON_SITE', toStatus: 'REPAIRED', actor: 'TECHNICIAN', at: repairedAt },
        repair.rating === null
          ? { tenantId, ticketId: ticket.id, kind: 'STATUS_CHANGED', fromStatus: 'REPAIRED', toStatus: 'CLOSED', actor: 'SERVICE_DESK', at: closedAt }
          : { tenantId, ticketId: ticket.id, kind: 'RATED', fromStatus: 'REPAIRED', toStatus: 'CLOSED', actor: 'CUSTOMER', details: { rating: repair.rating }, at: closedAt },
      ],
    });
    if (repair.rating !== null) await tx.ticketRating.create({ data: { ticketId: ticket.id, score: repair.rating, at: closedAt } });
  }
}

/**
 * Creates the demo tenant, its keys (hashed), catalogue, warranty policies, sales, reintervention
 * terms and technicians, and its repair history (for the quality report), all or nothing, when the store has no tenant at all. Does nothing where
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
