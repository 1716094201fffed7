/**
 * Seed 000's poll, as a feature: a network asks its installers and designers a question about its
 * terms, each member answers once (known by a hash of their e-mail address, never the address),
 * and the network reads the results by option and by role.
 */
import { createHash } from 'node:crypto';
import { isEmailAddress } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { isUniqueViolation } from '../db/database-errors.js';
import { ChangeNotAllowedError } from '../schema/change-errors.js';
import { InvalidInputError, TypedError } from '../schema/errors.js';

export const SURVEY_ROLES = ['INSTALLER', 'DESIGNER'] as const;
export type SurveyRole = (typeof SURVEY_ROLES)[number];

export class SurveyNotFoundError extends TypedError {
  readonly code = 'SURVEY_NOT_FOUND';
  constructor() {
    super('No survey of this network has this id.');
    this.name = 'SurveyNotFoundError';
  }
}

export interface SurveyView {
  readonly id: string;
  readonly question: string;
  readonly options: readonly string[];
  readonly closesAt: Date | null;
  readonly createdAt: Date;
}

const SURVEY_SELECT = { id: true, question: true, options: true, closesAt: true, createdAt: true } as const;

export async function createSurvey(context: GatewayContext, input: { question: string; options: readonly string[]; closesAt?: Date | null }): Promise<SurveyView> {
  const question = input.question.trim();
  const options = input.options.map((option) => option.trim());
  const problems: { field: string; code: string; message: string }[] = [];
  if (question.length < 1 || question.length > 500) problems.push({ field: 'question', code: 'OUT_OF_RANGE', message: 'The question is 1 to 500 characters.' });
  if (options.length < 2 || options.length > 10 || options.some((option) => option.length < 1 || option.length > 200) || new Set(options).size !== options.length) {
    problems.push({ field: 'options', code: 'OUT_OF_RANGE', message: '2 to 10 different options, each 1 to 200 characters.' });
  }
  if (input.closesAt && input.closesAt.getTime() <= context.now.getTime()) problems.push({ field: 'closesAt', code: 'IN_THE_PAST', message: 'closesAt is in the future.' });
  if (problems.length > 0) throw new InvalidInputError(problems[0]!.message, problems.length === 1 ? problems[0]!.code : 'INVALID_INPUT', problems.map((problem) => problem.field), problems);
  return context.store.prisma.survey.create({ data: { tenantId: context.tenant.id, question, options, closesAt: input.closesAt ?? null, createdAt: context.now }, select: SURVEY_SELECT });
}

export async function findSurvey(context: GatewayContext, id: string): Promise<SurveyView> {
  const survey = await context.store.prisma.survey.findFirst({ where: { id, tenantId: context.tenant.id }, select: SURVEY_SELECT });
  if (!survey) throw new SurveyNotFoundError();
  return survey;
}

/** How an answer names its member: a hash of the survey and the e-mail address (the address itself is not kept). */
export function respondentHash(surveyId: string, email: string): string {
  return createHash('sha256').update(`${surveyId}\0${email.trim().toLowerCase()}`).digest('hex');
}

/** A member answers, once. */
export async function answerSurvey(context: GatewayContext, input: { surveyId: string; email: string; role: SurveyRole; option: number }): Promise<SurveyView> {
  if (!isEmailAddress(input.email.trim())) throw new InvalidInputError('email is not an e-mail address.', 'INVALID_EMAIL', ['email']);
  const survey = await findSurvey(context, input.surveyId);
  if (!Number.isInteger(input.option) || input.option < 0 || input.option >= survey.options.length) throw new InvalidInputError(`option is 0 to ${survey.options.length - 1}.`, 'OUT_OF_RANGE', ['option']);
  if (survey.closesAt && survey.closesAt.getTime() <= context.now.getTime()) throw new ChangeNotAllowedError('This survey is closed.', 'SURVEY_CLOSED');
  try {
    await context.store.prisma.surveyAnswer.create({ data: { surveyId: survey.id, respondentHash: respondentHash(survey.id, input.email), role: input.role, option: input.option, at: context.now } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ChangeNotAllowedError('This member has already answered.', 'ALREADY_ANSWERED');
    throw error;
  }
  return survey;
}

export interface OptionResult {
  readonly option: string;
  readonly installers: number;
  readonly designers: number;
  readonly total: number;
}

/** The counts by option and role, counted in PostgreSQL. */
export async function surveyResults(context: GatewayContext, survey: SurveyView): Promise<OptionResult[]> {
  const groups = await context.store.prisma.surveyAnswer.groupBy({ by: ['option', 'role'], where: { surveyId: survey.id }, _count: { _all: true } });
  return survey.options.map((option, index) => {
    const count = (role: SurveyRole) => groups.find((group) => group.option === index && group.role === role)?._count._all ?? 0;
    return { option, installers: count('INSTALLER'), designers: count('DESIGNER'), total: count('INSTALLER') + count('DESIGNER') };
  });
}
