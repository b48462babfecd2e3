// Test factories: users and their data written straight to the database, shared by the
// integration and end-to-end tests and by the demo seed (prisma/seed/).
export { type FactoryDb } from "./db";
export { FACTORY_PASSWORD, PROFILE, createUser, passwordHashOf, uniqueEmail } from "./users";
export { bankQuestion, createScoredAttempt, scoredAttemptData } from "./practice";
export { createFinishedMock } from "./mocks";
export { OFFER, createOffer } from "./offers";
export { createMilestone, createPlan } from "./plan";
