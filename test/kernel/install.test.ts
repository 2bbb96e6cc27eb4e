/**
 * kernel-config/install.js under a temporary --prefix (the user's own kernels are never
 * touched): idempotent, absolute argv paths that exist, found by Jupyter through
 * JUPYTER_PATH, removed by --uninstall, and a clear failure without Jupyter.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jupyterPython, REPO } from "../notebooks/harness";

const INSTALL = path.join(REPO, "kernel-config", "install.js");
const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-lab-kernel-test-"));
const kernelDir = path.join(prefix, "share", "jupyter", "kernels", "mlsys-lab");
const kernelJson = path.join(kernelDir, "kernel.json");
const python = jupyterPython();

function install(...args: string[]) {
  return spawnSync(process.execPath, [INSTALL, ...args], { encoding: "utf8" });
}

afterAll(() => fs.rmSync(prefix, { recursive: true, force: true }));

describe.skipIf(python === null)("kernel-config/install.js --prefix", () => {
  it("installs, and a second run leaves the same kernelspec", { timeout: 60_000 }, () => {
    const first = install("--prefix", prefix);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`installed: ${kernelDir}`);
    const text = fs.readFileSync(kernelJson, "utf8");
    const second = install("--prefix", prefix);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("already up to date");
    expect(fs.readFileSync(kernelJson, "utf8")).toBe(text);
    expect(fs.readdirSync(kernelDir)).toEqual(["kernel.json"]);
  });

  it("starts this checkout's tslab with the installing Node, by absolute paths that exist", () => {
    const spec = JSON.parse(fs.readFileSync(kernelJson, "utf8"));
    expect(spec).toMatchObject({ display_name: "TypeScript (mlsys-lab)", language: "typescript" });
    const [node, tslab, ...rest] = spec.argv as string[];
    expect(path.isAbsolute(node) && fs.existsSync(node)).toBe(true);
    expect(node).toBe(process.execPath);
    expect(tslab).toBe(path.join(REPO, "node_modules", "tslab", "bin", "tslab"));
    expect(fs.existsSync(tslab)).toBe(true);
    expect(rest).toEqual(["kernel", "--config-path", "{connection_file}"]);
  });

  it("is what Jupyter resolves through JUPYTER_PATH", { timeout: 60_000 }, () => {
    const code = "from jupyter_client.kernelspec import KernelSpecManager as K; print(K().get_kernel_spec('mlsys-lab').resource_dir)";
    const run = spawnSync(python!, ["-c", code], {
      encoding: "utf8",
      env: { ...process.env, JUPYTER_PATH: path.join(prefix, "share", "jupyter") },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.realpathSync(run.stdout.trim())).toBe(fs.realpathSync(kernelDir));
  });

  it("--print shows the location; --uninstall removes it and is harmless when repeated", { timeout: 60_000 }, () => {
    const shown = install("--print", "--prefix", prefix);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(kernelDir);
    const removed = install("--uninstall", "--prefix", prefix);
    expect(removed.status, removed.stderr).toBe(0);
    expect(fs.existsSync(kernelDir)).toBe(false);
    const again = install("--uninstall", "--prefix", prefix);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("nothing to remove");
    expect(install("--print", "--prefix", prefix).status).toBe(1);
  });
});

describe("kernel-config/install.js without Jupyter", () => {
  it("fails with a message that says what to install", { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, [INSTALL, "--prefix", prefix], {
      encoding: "utf8",
      env: { ...process.env, MLSYS_LAB_PYTHON: path.join(prefix, "no-such-python") },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Jupyter (jupyter_client) was not found");
    expect(run.stderr).toContain("apt-get install jupyter-nbconvert python3-nbclient jupyter-notebook");
    expect(run.stderr).toContain("pip install jupyter nbconvert nbclient notebook");
    expect(fs.existsSync(kernelJson)).toBe(false);
  });

  it("rejects unknown arguments", () => {
    const run = install("--bogus");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown argument "--bogus"');
  });
});
