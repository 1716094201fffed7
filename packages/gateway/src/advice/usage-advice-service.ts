/**
 * Usage advice for a model (issue 10, seed 004): loads the tenant's own tips and the model's
 * failure ranking, lets the rules pick a few tips in the reader's language, and stores a tenant's
 * tips after the rules checked them.
 */
import { checkUsageTips, explainUsageTipReason, readStoredUsageTips, selectUsageTips, type ChosenUsageTip, type TenantUsageTip, type UsageTipInput, usageTipCauses } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { cachedRead, configurationChanged } from '../db/configuration-cache.js';
import type { Store } from '../db/store.js';
import { Prisma } from '../generated/prisma/client.js';
import { InvalidInputError } from '../schema/errors.js';
import { findProduct, type ProductRecord } from '../warranty/warranty-records.js';
import { failureRanking } from './failure-ranking.js';

export type UsageTipView = ChosenUsageTip & { readonly why: string };

/** The tenant's tips for one catalogue model, in its order; from the gateway's configuration cache (product_models announce their changes). */
export function findUsageTips(store: Store, tenantId: string, productId: string): Promise<readonly TenantUsageTip[]> {
  return cachedRead(
    store,
    'usage-tips',
    `${tenantId}\u0000${productId}`,
    async () => readStoredUsageTips((await store.prisma.productModel.findFirst({ where: { id: productId, tenantId }, select: { usageTips: true } }))?.usageTips ?? null),
    () => tenantId,
  );
}

/** The tips a customer of this model sees, best first, in the request's language. */
export async function usageAdviceFor(context: GatewayContext, product: Pick<ProductRecord, 'id' | 'model' | 'category'>): Promise<readonly UsageTipView[]> {
  const { store, tenant, language } = context;
  const [failures, tenantTips] = await Promise.all([failureRanking(store, tenant.id, product), findUsageTips(store, tenant.id, product.id)]);
  return selectUsageTips({ category: product.category, failures, tenantTips, language }).map((tip) => ({ ...tip, why: explainUsageTipReason(tip.reason, language) }));
}

/** The tips for a ticket's model as the customer gave it; none when it is not in the tenant's catalogue (nothing is known of it). */
export async function usageAdviceForModelCode(context: GatewayContext, model: string): Promise<readonly UsageTipView[]> {
  const product = await findProduct(context.store, context.tenant.id, model.trim());
  return product ? usageAdviceFor(context, product) : [];
}

export interface UsageAdviceSet {
  readonly productModel: string;
  readonly tips: readonly TenantUsageTip[];
}

/** Replaces a model's tips with the checked list (empty: SAV's defaults again); refuses, naming each bad field, and stores nothing otherwise. */
export async function setUsageAdvice(context: GatewayContext, input: { productModel: string; tips: readonly UsageTipInput[] }): Promise<UsageAdviceSet> {
  const { store, tenant } = context;
  const product = input.productModel.trim() === '' ? null : await findProduct(store, tenant.id, input.productModel.trim());
  if (!product) throw new InvalidInputError(`${tenant.name} has no product model "${input.productModel}" in its catalogue.`, 'UNKNOWN_MODEL', ['productModel']);
  const checked = checkUsageTips(input.tips, usageTipCauses(product.category, (await context.tenantSettings()).faultMapping));
  if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
  const tips = checked.value;
  const stored = tips.map((tip) => ({ cause: tip.cause, text: { ...tip.text } }));
  await store.prisma.productModel.update({ where: { id: product.id, tenantId: tenant.id }, data: { usageTips: stored.length > 0 ? stored : Prisma.DbNull } });
  configurationChanged(store, tenant.id);
  return { productModel: product.model, tips };
}
