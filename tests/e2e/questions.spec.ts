import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { signUpWithApi } from "./fixtures";

test("browse the bank: filter, search, open a question and reveal its answer", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Questions" }).click();
  await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
  await expect(page.getByText(/^\d+ questions$/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Type", { exact: true }).selectOption("system-design");
  await expect(page).toHaveURL(/type=system-design/);
  await page.getByLabel("Difficulty", { exact: true }).selectOption("expert");
  await expect(page).toHaveURL(/difficulty=expert/);
  await expect(page.getByRole("link", { name: "Multi-modal search system" })).toBeVisible();

  await page.goto("/questions");
  await page.getByRole("searchbox", { name: "Search questions" }).fill("distrib training");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=distrib/);
  const results = page.getByRole("region", { name: "Results" }).getByRole("listitem");
  await expect(results.first()).toContainText("Distributed training optimization");
  await results.first().getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1, name: "Distributed training optimization" })).toBeVisible();
  await expect(page.getByText("Design a distributed training system for training a large transformer model")).toBeVisible();
  await expect(page.getByText("class DistributedTransformerTrainer")).toHaveCount(0);
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await expect(page.getByRole("heading", { name: "Key evaluation points" })).toBeVisible();
  await expect(page.getByText("class DistributedTransformerTrainer:")).toBeVisible();
  await expectNoAxeViolations(page);

  // Remembered.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Key evaluation points" })).toBeVisible();

  // "Challenged me" and a private note.
  const challenged = page.getByRole("button", { name: "Challenged me", exact: true });
  await expect(challenged).toHaveAttribute("aria-pressed", "false");
  await challenged.click();
  await expect(challenged).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Private note").fill("Re-read ZeRO stages.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await page.goto("/questions?challenged=true");
  await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem")).toHaveCount(1);
});

test("create, edit and delete a personal question that no one else can see", async ({ page, browser }) => {
  await signUpWithApi(page);
  await page.goto("/questions");
  await page.getByRole("link", { name: "Add your own question" }).click();
  await page.getByLabel("Title").fill("Explain our feature store's TTL policy");
  await page.getByLabel("Question (Markdown)").fill("How do TTLs on online features interact with `point-in-time` joins?");
  await page.getByLabel("Focus area").selectOption("data-preprocessing");
  await page.getByLabel("Key evaluation points").fill("Freshness vs cost\nTraining-serving consistency");
  await page.getByLabel("Model answer (Markdown)").fill("Online TTLs bound staleness; offline joins must apply the same TTL.");
  await page.getByLabel("Tags").fill("feature-store, ttl");
  await page.getByRole("button", { name: "Create question" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Explain our feature store's TTL policy" })).toBeVisible();
  await expect(page.getByText("Online TTLs bound staleness")).toBeVisible();
  const url = page.url();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Title").fill("Feature store TTL policy");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Feature store TTL policy" })).toBeVisible();

  await page.goto("/questions?source=personal");
  await expect(page.getByRole("link", { name: "Feature store TTL policy" })).toBeVisible();

  // A second user cannot see it, in the list or by its address.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpWithApi(otherPage);
  await otherPage.goto("/questions?q=feature%20store%20TTL%20policy");
  await expect(otherPage.getByRole("link", { name: "Feature store TTL policy" })).toHaveCount(0);
  await otherPage.goto(url);
  await expect(otherPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await other.close();

  await page.goto(url);
  // The shared ConfirmDelete: focus on the confirm button when it opens, back on the trigger after Cancel.
  const del = page.getByRole("button", { name: "Delete", exact: true });
  await del.click();
  const confirm = page.getByRole("group", { name: "Confirm deletion" });
  await expect(confirm.getByRole("button", { name: "Yes, delete" })).toBeFocused();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(del).toBeFocused();
  await del.click();
  await confirm.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/source=personal/);
  await expect(page.getByText("No questions match.")).toBeVisible();
});
