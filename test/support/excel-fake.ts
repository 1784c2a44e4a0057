/**
 * A small Excel fake built from office-addin-mock objects for the results writer
 * (src/office/excel-results.ts): reading `isNullObject` without load + sync fails as in Office, and
 * the fake keeps sheets, tables and charts so a refresh can be checked for duplicates.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ResultsExcelApiLike } from "../../src/office/excel-results";

export interface FakeRange {
  address: string;
  mock: OfficeMockObject & {
    values?: unknown[][];
    numberFormat?: unknown[][];
    format: { columnWidth: number; font: { bold: boolean } };
  };
}
export interface FakeSheet {
  name: string;
  ranges: FakeRange[];
  tables: Array<{
    address: string;
    mock: OfficeMockObject & { name: string; style: string };
    deleted: boolean;
  }>;
  charts: Array<{
    type: string;
    source: string;
    axis?: string;
    mock: OfficeMockObject & { name: string; title: { text: string } };
    deleted: boolean;
  }>;
  frozen: number;
  cleared: number;
  /** Set when the writer moves the sheet (0: first). */
  position?: number;
}

export function fakeExcel() {
  const sheets = new Map<string, FakeSheet>();
  const pending: OfficeMockObject[] = [];
  let active = "";
  const track = <T extends OfficeMockObject>(mock: T): T => {
    pending.push(mock);
    return mock;
  };
  const nullObject = () => track(new OfficeMockObject({ isNullObject: true }, "excel" as never) as never);
  // Office.js returns a new proxy for every lookup; the fake does too, bound to the stored entry.
  const proxy = (entry: { deleted: boolean; mock: { name: string } }) =>
    track(
      new OfficeMockObject(
        { isNullObject: false, name: entry.mock.name, delete: () => (entry.deleted = true) },
        "excel" as never,
      ) as never,
    );
  const addressOf = new WeakMap<object, string>();

  function sheetMock(sheet: FakeSheet) {
    const range = (address = "(all)") => {
      const mock = track(
        new OfficeMockObject(
          { address, format: { columnWidth: 0, font: { bold: false } }, clear: () => (sheet.cleared += 1) },
          "excel" as never,
        ) as FakeRange["mock"],
      );
      sheet.ranges.push({ address, mock });
      addressOf.set(mock, address);
      return mock;
    };
    const mock = track(
      new OfficeMockObject(
        {
          name: sheet.name,
          isNullObject: false,
          getRange: range,
          activate: () => (active = sheet.name),
          freezePanes: { freezeRows: (n: number) => (sheet.frozen = n) },
          tables: {
            add: (address: string) => {
              const entry = { address, mock: null as never, deleted: false } as FakeSheet["tables"][number];
              entry.mock = track(
                new OfficeMockObject(
                  { isNullObject: false, name: "", style: "", delete: () => (entry.deleted = true) },
                  "excel" as never,
                ) as never,
              );
              sheet.tables.push(entry);
              return entry.mock;
            },
            getItemOrNullObject: (name: string) => {
              const entry = sheet.tables.find((t) => !t.deleted && t.mock.name === name);
              return entry ? proxy(entry) : nullObject();
            },
          },
          charts: {
            add: (type: string, source: object) => {
              const entry = {
                type,
                source: addressOf.get(source),
                mock: null as never,
                deleted: false,
              } as FakeSheet["charts"][number];
              entry.mock = track(
                new OfficeMockObject(
                  {
                    isNullObject: false,
                    name: "",
                    title: { text: "" },
                    legend: { visible: true },
                    series: {
                      getItemAt: () => ({ setXAxisValues: (r: object) => (entry.axis = addressOf.get(r)) }),
                    },
                    setPosition: () => undefined,
                    delete: () => (entry.deleted = true),
                  },
                  "excel" as never,
                ) as never,
              );
              sheet.charts.push(entry);
              return entry.mock;
            },
            getItemOrNullObject: (name: string) => {
              const entry = sheet.charts.find((c) => !c.deleted && c.mock.name === name);
              return entry ? proxy(entry) : nullObject();
            },
          },
        },
        "excel" as never,
      ),
    );
    // Renaming a sheet renames it in the workbook (the pane renames sheets written in the other language).
    Object.defineProperty(mock, "name", {
      get: () => sheet.name,
      set: (name: string) => {
        sheets.delete(sheet.name);
        sheet.name = name;
        sheets.set(name, sheet);
      },
    });
    Object.defineProperty(mock, "position", {
      get: () => sheet.position ?? 0,
      set: (position: number) => (sheet.position = position),
    });
    return mock;
  }

  const context = {
    workbook: {
      worksheets: {
        add(name: string) {
          if (sheets.has(name)) throw new Error(`A sheet named ${name} already exists`);
          const sheet: FakeSheet = { name, ranges: [], tables: [], charts: [], frozen: 0, cleared: 0 };
          sheets.set(name, sheet);
          return sheetMock(sheet);
        },
        getItemOrNullObject(name: string) {
          const sheet = sheets.get(name);
          return sheet ? sheetMock(sheet) : nullObject();
        },
      },
    },
    async sync() {
      for (const mock of pending.splice(0)) await mock.sync();
    },
  };
  const api = {
    run: (batch: (c: typeof context) => Promise<unknown>) => batch(context),
  } as unknown as ResultsExcelApiLike;
  return {
    api,
    sheets,
    active: () => active,
    addSheet: (name: string) => context.workbook.worksheets.add(name),
  };
}
