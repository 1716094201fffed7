import { analyseFault, estimateRepairPrice, explainRepairEstimate, isRepairCovered, type PriceList, type RepairPriceEstimate, type WarrantyStatus } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { InvalidInputError, ProductNotFoundError } from '../schema/errors.js';
import { runWarrantyCheck, type WarrantyCheckView } from '../warranty/warranty-check-service.js';
import { findProduct } from '../warranty/warranty-records.js';

export interface RepairEstimateQuestion {
  readonly productModel: string;
  readonly serialNumber?: string | null;
  readonly purchaseDate?: string | null;
  readonly symptoms?: readonly string[] | null;
  readonly fault?: string | null;
  readonly country?: string | null;
  readonly city?: string | null;
}

export interface RepairEstimateView {
  readonly warrantyStatus: WarrantyStatus | null;
  readonly covered: boolean;
  readonly likelyParts: readonly string[];
  readonly repairLocation: string;
  readonly visitMinutes: number;
  readonly estimate: RepairPriceEstimate | null;
  readonly explanation: string;
}

const MAX_FAULT = 2000;

/** What the customer will pay before booking: the warranty judged on the likely parts, and the price list. */
export async function runRepairEstimate(question: RepairEstimateQuestion, context: GatewayContext): Promise<RepairEstimateView> {
  const fault = question.fault?.trim() ?? '';
  if (fault.length > MAX_FAULT) throw new InvalidInputError(`fault is longer than ${MAX_FAULT} characters.`, 'TOO_LONG', ['fault']);
  const product = await findProduct(context.store, context.tenant.id, question.productModel.trim());
  if (!product) throw new ProductNotFoundError(`${context.tenant.name} has no product model ${question.productModel.trim()} in its catalogue.`);
  const settings = await context.tenantSettings();
  const analysis = analyseFault({ category: product.category, symptoms: question.symptoms ?? [], faultText: fault }, settings.faultMapping);
  const warranty = await judgeWarranty(question, product.model, context);
  const covered = warranty ? isRepairCovered(warranty, analysis.likelyParts) : false;
  const priceList: PriceList | null = settings.priceList;
  return {
    warrantyStatus: warranty?.status ?? null,
    covered,
    likelyParts: analysis.likelyParts,
    repairLocation: analysis.location,
    visitMinutes: analysis.visitMinutes,
    estimate: priceList ? estimateRepairPrice(priceList, analysis, { covered }) : null,
    explanation: explainRepairEstimate({ warrantyKnown: warranty !== null, covered, priced: priceList !== null }, context.language),
  };
}

/** The warranty, when the customer gave enough to judge it; an unregistered serial judges nothing. */
async function judgeWarranty(question: RepairEstimateQuestion, productModel: string, context: GatewayContext): Promise<WarrantyCheckView | null> {
  const serialNumber = question.serialNumber?.trim() || null;
  if (!serialNumber && !question.purchaseDate) return null;
  try {
    return await runWarrantyCheck(
      serialNumber ? { serialNumber, productModel } : { productModel, purchaseDate: question.purchaseDate ?? null, country: question.country ?? null, city: question.city ?? null },
      context,
    );
  } catch (error) {
    if (error instanceof ProductNotFoundError) return null;
    throw error;
  }
}
