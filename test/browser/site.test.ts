/**
 * Opens the HTML site built from the notebooks (shared with test/notebooks, see
 * harness.ts) in headless Chromium: pages load without console errors or failed
 * requests, and every chart's SVG fallback is visible, has a size and has drawn marks.
 *
 * A small fixture notebook sends a real chart bundle (Vega-Lite v5 + SVG rendered by
 * vega in the kernel + text/plain) through the same pipeline, so the chart checks
 * bite even while no committed notebook draws a chart.
 *
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium. Without it the suite is skipped
 * locally and fails in CI.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import {
  builtSite,
  CHROMIUM_ARGS,
  chromiumPath,
  jupyterPython,
  notebookNames,
  readNotebook,
  REPO,
  type BuiltSite,
  type Notebook,
} from "../notebooks/harness";

const LONG = 300_000;
const chromium = chromiumPath();
const python = jupyterPython();
const inCI = Boolean(process.env.CI);
const runnable = chromium !== null && python !== null;

if (!runnable && !inCI) {
  console.warn(
    `test/browser skipped: ${chromium ? "" : "Chromium not found (set CHROMIUM_PATH or install chromium); "}` +
      `${python ? "" : "Jupyter (nbclient + nbconvert) not found"}`,
  );
}

interface PageReport {
  title: string;
  errors: string[];
  svgs: { width: number; height: number; visible: boolean; marks: number }[];
  links: string[];
}

// page.evaluate() callbacks run in the browser; these stand in for the DOM types, which
// the project's tsconfig (Node only) does not load.
declare const document: any;
declare function getComputedStyle(element: any): any;
type SVGGraphicsElement = { getBBox?: () => { width: number; height: number } };

let context: BrowserContext | null = null;
let userDataDir = "";

async function inspect(file: string): Promise<PageReport> {
  const page = await context!.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  await page.goto(`file://${file}`, { waitUntil: "load" });
  const result = await page.evaluate(() => {
    const shapes = "path, rect, circle, line, polygon, polyline, ellipse, text, image";
    const svgs = Array.from(document.querySelectorAll(".jp-RenderedSVG > svg")).map((svg: any) => {
      const box = svg.getBoundingClientRect();
      const style = getComputedStyle(svg);
      // Vega marks live in <g class="... role-mark ...">; any other SVG: count its shapes.
      const markGroups = svg.querySelectorAll("g.role-mark");
      const candidates = markGroups.length ? Array.from(svg.querySelectorAll("g.role-mark > *")) : Array.from(svg.querySelectorAll(shapes));
      const marks = candidates.filter((el: any) => {
        const b = (el as SVGGraphicsElement).getBBox?.();
        return b !== undefined && (b.width > 0 || b.height > 0);
      }).length;
      return {
        width: box.width,
        height: box.height,
        visible: style.display !== "none" && style.visibility !== "hidden" && Number(style.opacity) > 0,
        marks,
      };
    });
    const links = Array.from(document.querySelectorAll("a[href]"))
      .map((a: any) => a.getAttribute("href") ?? "")
      .filter((h: string) => !/^(https?:|#|mailto:)/.test(h));
    return { title: document.title, svgs, links };
  });
  await page.close();
  return { ...result, errors };
}

/** Outputs nbconvert renders through their SVG (no richer type ahead of it in its priority list). */
function expectedCharts(nb: Notebook): number {
  const ahead = ["application/javascript", "text/html", "text/markdown"];
  return nb.cells
    .flatMap((c) => c.outputs ?? [])
    .filter((o) => o.data && "image/svg+xml" in o.data && !ahead.some((m) => m in o.data!)).length;
}

describe("headless Chromium", () => {
  it("is available (required in CI)", (ctx) => {
    if (!inCI && !runnable) ctx.skip();
    expect(chromium, "Chromium not found: install chromium or set CHROMIUM_PATH").not.toBeNull();
    expect(python, "Jupyter (nbclient + nbconvert) not found").not.toBeNull();
  });
});

describe.skipIf(!runnable)("site in headless Chromium", () => {
  let site: BuiltSite;

  beforeAll(async () => {
    const { chromium: launcher } = await import("playwright-core");
    site = await builtSite();
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-lab-chromium-"));
    context = await launcher.launchPersistentContext(userDataDir, {
      executablePath: chromium!,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1200, height: 900 },
      offline: true,
    });
  }, 1_200_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it("index.html links every notebook page, by title, without errors", async () => {
    const report = await inspect(path.join(site.siteDir, "index.html"));
    expect(report.errors).toEqual([]);
    for (const n of site.report.notebooks.filter((r) => r.ok)) {
      expect(report.links).toContain(`${n.name}.html`);
    }
    for (const link of report.links) expect(fs.existsSync(path.join(site.siteDir, link)), link).toBe(true);
  }, LONG);

  describe.each(notebookNames())("%s.html", (name) => {
    it("loads without console errors, and every chart SVG is visible with drawn marks", async () => {
      const file = path.join(site.siteDir, `${name}.html`);
      expect(fs.existsSync(file), `${name}.html was not built; see test/notebooks`).toBe(true);
      const report = await inspect(file);
      expect(report.errors).toEqual([]);
      expect(report.title.length).toBeGreaterThan(0);
      const executed = readNotebook(path.join(site.executedDir, `${name}.ipynb`));
      expect(report.svgs.length).toBe(expectedCharts(executed));
      report.svgs.forEach((svg, i) => {
        expect(svg.visible, `chart ${i} hidden`).toBe(true);
        expect(svg.width * svg.height, `chart ${i} has no size`).toBeGreaterThan(0);
        expect(svg.marks, `chart ${i} has no drawn marks`).toBeGreaterThan(0);
      });
    }, LONG);
  });

  it("a chart bundle sent by the kernel reaches the page as a visible SVG with marks (fixture)", async () => {
    const dir = fs.mkdtempSync(path.join(site.dir, "fixture-"));
    const { parsePercent, toNotebook } = await import("../../scripts/make-notebook.js");
    const source = fs.readFileSync(path.join(__dirname, "fixtures", "chart-smoke.percent"), "utf8");
    const input = path.join(dir, "chart-smoke.ipynb");
    fs.writeFileSync(input, JSON.stringify(toNotebook("chart-smoke", parsePercent(source))));
    const run = spawnSync(
      python!,
      [path.join(REPO, "scripts", "notebook_tool.py"), "execute", input, "--cwd", path.join(REPO, "test", "browser"),
        "--output-ipynb", path.join(dir, "out.ipynb"), "--output-html", path.join(dir, "chart-smoke.html")],
      { encoding: "utf8", env: site.env },
    );
    const result = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}");
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    const executed = readNotebook(path.join(dir, "out.ipynb"));
    const bundle = executed.cells.flatMap((c) => c.outputs ?? []).find((o) => o.output_type === "display_data");
    expect(Object.keys(bundle?.data ?? {}).sort()).toEqual(["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]);
    const report = await inspect(path.join(dir, "chart-smoke.html"));
    expect(report.errors.filter((e) => !e.includes("index.html"))).toEqual([]);
    expect(report.svgs).toHaveLength(1);
    expect(report.svgs[0].visible).toBe(true);
    expect(report.svgs[0].width * report.svgs[0].height).toBeGreaterThan(0);
    expect(report.svgs[0].marks).toBe(3); // one bar per data row
  }, LONG);
});
