// Shared fixtures for the key-point coverage unit tests.
import type { CoverageQuestion } from "@/lib/feedback/coverage";

/** Flat term statistics (every term equally rare) keep pinned results independent of the bank's contents. */
export const flatStats = { documents: 1000, df: {} };

/** A technical question on dropout with four key points. */
export const dropoutQuestion: CoverageQuestion = {
  slug: "t-dropout",
  type: "technical",
  allocatedMinutes: 3,
  keyPoints: [
    "States that training zeroes each unit with probability p and scales the survivors by 1/(1-p), so the expected activation is unchanged",
    "Knows that model.eval() switches dropout off and that torch.no_grad() does not",
    "Mentions MC dropout for uncertainty estimates",
    "Explains that dropout regularises by preventing co-adaptation of units",
  ],
};
