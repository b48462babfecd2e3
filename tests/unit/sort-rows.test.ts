import { describe, expect, it } from "vitest";
import { compareSortValues, nextSort, sortRows } from "@/lib/client/sort-rows";

const id = <T,>(v: T) => v;

describe("sortRows", () => {
  it("numbers by value, not as text", () => {
    expect(sortRows([10, 9, 100, -1, 2.5], id, "asc")).toEqual([-1, 2.5, 9, 10, 100]);
    expect(sortRows([10, 9, 100, -1, 2.5], id, "desc")).toEqual([100, 10, 9, 2.5, -1]);
  });

  it("strings by locale compare: case and accents ignored, digits as numbers", () => {
    expect(sortRows(["b", "Á", "a2", "a10", "C"], id, "asc")).toEqual(["Á", "a2", "a10", "b", "C"]);
    expect(sortRows(["zebra", "Émile", "apple"], id, "desc")).toEqual(["zebra", "Émile", "apple"]);
  });

  it("empty values last in both directions", () => {
    const rows = [3, null, 1, undefined, Number.NaN, 2];
    expect(sortRows(rows, id, "asc")).toEqual([1, 2, 3, null, undefined, Number.NaN]);
    expect(sortRows(rows, id, "desc")).toEqual([3, 2, 1, null, undefined, Number.NaN]);
    expect(sortRows(["b", "", "a"], id, "desc")).toEqual(["b", "a", ""]);
  });

  it("is stable: equal values keep their order, in both directions", () => {
    const rows = [
      { n: "first", v: 1 },
      { n: "second", v: 0 },
      { n: "third", v: 1 },
      { n: "fourth", v: 0 },
    ];
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.n)).toEqual(["second", "fourth", "first", "third"]);
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.n)).toEqual(["first", "third", "second", "fourth"]);
  });

  it("does not change its input", () => {
    const rows = [2, 1];
    sortRows(rows, id, "asc");
    expect(rows).toEqual([2, 1]);
  });
});

describe("compareSortValues", () => {
  it("orders a number before a string in a mixed column, ascending", () => {
    expect(compareSortValues(5, "a", "asc")).toBe(-1);
    expect(compareSortValues(5, "a", "desc")).toBe(1);
    expect(compareSortValues(null, null, "asc")).toBe(0);
  });
});

describe("nextSort", () => {
  it("a new column starts ascending; the same column flips", () => {
    expect(nextSort(null, 2)).toEqual({ column: 2, direction: "asc" });
    expect(nextSort({ column: 2, direction: "asc" }, 2)).toEqual({ column: 2, direction: "desc" });
    expect(nextSort({ column: 2, direction: "desc" }, 2)).toEqual({ column: 2, direction: "asc" });
    expect(nextSort({ column: 1, direction: "desc" }, 2)).toEqual({ column: 2, direction: "asc" });
  });
});
