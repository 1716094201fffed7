import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const CREATE = `mutation($q: String!, $o: [String!]!) { createSurvey(question: $q, options: $o) { __typename ... on Survey { id } ... on InvalidInput { field } } }`;
const ANSWER = `mutation($id: ID!, $email: String!, $role: SurveyRole!, $option: Int!) { answerSurvey(surveyId: $id, email: $email, role: $role, option: $option) { __typename ... on Error { code } } }`;
const RESULTS = `query($id: ID!) { survey(id: $id) { ... on Survey { question results { option installers designers total } } } }`;

describe("a network's survey of its members (seed 000's poll)", () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  it('asks, takes one answer per member, and counts by option and role', async () => {
    const refused = await gateway.graphql<{ createSurvey: { field: string[] } }>(CREATE, { q: ' ', o: ['Yes'] }, { key: 'sk_demo' });
    assert.deepEqual(refused.body.data?.createSurvey.field, ['question', 'options']);
    const created = await gateway.graphql<{ createSurvey: { id: string } }>(CREATE, { q: 'Should a reintervention be paid before the visit?', o: ['Yes', 'No'] }, { key: 'sk_demo' });
    const id = created.body.data!.createSurvey.id;
    const answer = async (email: string, role: string, option: number) => (await gateway.graphql<{ answerSurvey: { __typename: string; code?: string } }>(ANSWER, { id, email, role, option })).body.data!.answerSurvey;
    assert.equal((await answer('ines@example.fr', 'INSTALLER', 0)).__typename, 'Survey');
    assert.equal((await answer('bruno@example.fr', 'INSTALLER', 0)).__typename, 'Survey');
    assert.equal((await answer('lea@example.fr', 'DESIGNER', 1)).__typename, 'Survey');
    assert.equal((await answer('INES@example.fr ', 'DESIGNER', 1)).code, 'ALREADY_ANSWERED');
    assert.equal((await answer('x@example.fr', 'DESIGNER', 2)).code, 'OUT_OF_RANGE');
    const results = await gateway.graphql<{ survey: { results: unknown } }>(RESULTS, { id }, { key: 'sk_demo' });
    assert.deepEqual(results.body.data?.survey.results, [{ option: 'Yes', installers: 2, designers: 0, total: 2 }, { option: 'No', installers: 0, designers: 1, total: 1 }]);
    const publishable = await gateway.graphql(RESULTS, { id });
    assert.equal(publishable.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const stored = await gateway.store.prisma.surveyAnswer.findMany();
    assert.ok(stored.every((row) => !row.respondentHash.includes('@')), 'no e-mail address stored');
  });

  // Found by the schema fuzzer: a member answering with a publishable key while selecting the
  // results had the answer recorded, then the whole answer refused FORBIDDEN; a retry was ALREADY_ANSWERED.
  it('refuses a member who asks for the results with the answer before recording it', async () => {
    const created = await gateway.graphql<{ createSurvey: { id: string } }>(CREATE, { q: 'Is the threshold of one hour fair?', o: ['Yes', 'No'] }, { key: 'sk_demo' });
    const id = created.body.data!.createSurvey.id;
    const variables = { id, email: 'noor@example.fr', role: 'DESIGNER', option: 1 };
    const withResults = `mutation($id: ID!, $email: String!, $role: SurveyRole!, $option: Int!) {
      answerSurvey(surveyId: $id, email: $email, role: $role, option: $option) { __typename ... on Survey { results { option total } } ... on Error { code } } }`;
    const refused = await gateway.graphql(withResults, variables);
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(await gateway.store.prisma.surveyAnswer.count({ where: { surveyId: id } }), 0, 'nothing recorded');
    const inFragment = await gateway.graphql(`${withResults.replace('... on Survey { results { option total } }', '...counts')} fragment counts on Survey { id results { total } }`, variables);
    assert.equal(inFragment.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(await gateway.store.prisma.surveyAnswer.count({ where: { surveyId: id } }), 0, 'nothing recorded');
    const answered = await gateway.graphql<{ answerSurvey: { __typename: string } }>(ANSWER, variables);
    assert.equal(answered.body.data?.answerSurvey.__typename, 'Survey', 'the same answer without the results is taken');
    const withResultsSecret = await gateway.graphql<{ answerSurvey: { code?: string } }>(withResults, { ...variables, email: 'ilan@example.fr' }, { key: 'sk_demo' });
    assert.equal(withResultsSecret.body.errors, undefined, 'a secret key may read them');
    assert.equal(await gateway.store.prisma.surveyAnswer.count({ where: { surveyId: id } }), 2);
  });
});
