/** Seed 000's poll: a network's question to its members, their answers, and the results (secret key to ask and read). */
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { answerSurvey, createSurvey, findSurvey, SURVEY_ROLES, SurveyNotFoundError, surveyResults, type SurveyView } from '../reintervention/surveys.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { ErrorInterface, InvalidInputError, loggingTypedErrors } from './errors.js';

builder.objectType(SurveyNotFoundError, { name: 'SurveyNotFound', interfaces: [ErrorInterface], isTypeOf: (value) => value instanceof SurveyNotFoundError });

const SurveyRoleEnum = builder.enumType('SurveyRole', { values: SURVEY_ROLES });

const OptionResultRef = builder.objectRef<{ option: string; installers: number; designers: number; total: number }>('SurveyOptionResult').implement({
  fields: (t) => ({ option: t.exposeString('option'), installers: t.exposeInt('installers'), designers: t.exposeInt('designers'), total: t.exposeInt('total') }),
});

const SurveyRef = builder.objectRef<SurveyView>('Survey').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    question: t.exposeString('question'),
    options: t.stringList({ resolve: (survey) => [...survey.options] }),
    closesAt: t.expose('closesAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    results: t.field({
      type: [OptionResultRef],
      description: 'Answers by option and role (secret key).',
      resolve: (survey, _args, context) => {
        requireSecretKey(context);
        return surveyResults(context, survey);
      },
    }),
  }),
});

builder.mutationField('createSurvey', (t) =>
  t.field({
    type: SurveyRef,
    description: 'Asks the network\'s members a question (secret key).',
    args: { question: t.arg.string({ required: true }), options: t.arg.stringList({ required: true }), closesAt: t.arg({ type: 'DateTime', required: false }) },
    errors: { types: [InvalidInputError], union: { name: 'CreateSurveyResult' } },
    resolve: (_root, args, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(context, 'createSurvey', createSurvey(context, args));
    },
  }),
);

builder.queryField('survey', (t) =>
  t.field({
    type: SurveyRef,
    args: { id: t.arg.id({ required: true }) },
    errors: { types: [SurveyNotFoundError], union: { name: 'SurveyResult' } },
    resolve: (_root, { id }, context) => loggingTypedErrors(context, 'survey', findSurvey(context, String(id))),
  }),
);

builder.mutationField('answerSurvey', (t) =>
  t.field({
    type: SurveyRef,
    description: 'A member answers, once (their e-mail address is kept only as a hash).',
    args: { surveyId: t.arg.id({ required: true }), email: t.arg.string({ required: true }), role: t.arg({ type: SurveyRoleEnum, required: true }), option: t.arg.int({ required: true, description: 'The index of the option chosen.' }) },
    errors: { types: [SurveyNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'AnswerSurveyResult' } },
    resolve: (_root, args, context, info) => {
      // The results are the network's (secret key): a member asking for them with the answer is
      // refused before the answer is recorded, not after (a retry would then be ALREADY_ANSWERED).
      if (selectsSurveyResults(info)) requireSecretKey(context);
      return loggingTypedErrors(context, 'answerSurvey', answerSurvey(context, { ...args, surveyId: String(args.surveyId) }));
    },
  }),
);

/** Whether the field being resolved selects `results` of a Survey (directly, in an inline fragment, or in a named one). */
function selectsSurveyResults(info: GraphQLResolveInfo): boolean {
  const visit = (selectionSet: SelectionSetNode | undefined, onSurvey: boolean, seen: Set<string>): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return onSurvey && selection.name.value === 'results';
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet, selection.typeCondition ? selection.typeCondition.name.value === 'Survey' : onSurvey, seen);
      const fragment = info.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) return false;
      return visit(fragment.selectionSet, fragment.typeCondition.name.value === 'Survey', new Set([...seen, fragment.name.value]));
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, false, new Set()));
}
