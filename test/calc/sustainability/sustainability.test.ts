import { describe, expect, it } from "vitest";
import { embodiedCarbon, fleetEnergy, operationalCarbon } from "../../../src/calc/sustainability";
import { CARBON_EQUIVALENTS, getGridIntensity, getPue } from "../../../src/constants/sustainability";
import { q } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

describe("operationalCarbon", () => {
  it("Eq. 15.2: 400 W for an hour on a 0.4 kg/kWh grid is 0.16 kg; 1,300 MWh is 520 t (113 cars)", () => {
    expect(operationalCarbon({ energy: q(400, "Wh"), gridIntensity: getGridIntensity("global-average").value }).carbon.to("kg")).toBeCloseTo(0.16, 12);
    const gpt = operationalCarbon({ energy: q(1300, "MWh"), gridIntensity: 0.4 });
    expect(gpt.carbon.to("t")).toBeCloseTo(520, 9);
    expect(gpt.carbon.ratio(CARBON_EQUIVALENTS.carPerYear.value)).toBeCloseTo(113.04, 2);
  });

  it("PUE scales the facility energy, WUE gives litres of the IT energy", () => {
    const r = operationalCarbon({ energy: 1000, gridIntensity: 0.4, pue: getPue("cloud-efficient").value, waterUsageEffectiveness: 1.8 });
    expect(r.facilityEnergy.to("kWh")).toBeCloseTo(1100, 9);
    expect(r.carbon.to("kg")).toBeCloseTo(440, 9);
    expect(r.waterLitres).toBe(1800);
  });

  it("rejects a PUE below 1, a negative energy and a wrong dimension", () => {
    expectInvalid(() => operationalCarbon({ energy: 1, gridIntensity: 0.4, pue: 0.9 }), "operationalCarbon", "pue", "0.9");
    expectInvalid(() => operationalCarbon({ energy: -1, gridIntensity: 0.4 }), "operationalCarbon", "energy", "-1");
    expectDimension(() => operationalCarbon({ energy: q(1, "W") as never, gridIntensity: 0.4 }), "operationalCarbon", "energy", "1 W");
    expectInvalid(() => operationalCarbon({ energy: 1, gridIntensity: 0.4, intensity: 1 } as never), "operationalCarbon", "input.intensity", "1");
  });
});

describe("embodiedCarbon and fleetEnergy", () => {
  it("writes the footprint off over the lifetime; refuses a duration beyond it", () => {
    expect(embodiedCarbon({ perDevice: q(150, "kg"), devices: 24, duration: 3, lifetime: 5 }).to("t")).toBeCloseTo(2.16, 12);
    expectInvalid(() => embodiedCarbon({ perDevice: 1, devices: 1, duration: 6, lifetime: 5 }), "embodiedCarbon", "duration", "\"6 years\"");
  });

  it("500 Coral boards at 2 W for 3 years: 26.28 MWh, $3,153.60 at $0.12/kWh (Chapter 2)", () => {
    const e = fleetEnergy({ devices: 500, powerPerDevice: 2, duration: q(3, "year") });
    expect(e.energy.to("MWh")).toBeCloseTo(26.28, 9);
    expect(q(0.12, "USD/kWh").times(e.energy).to("USD")).toBeCloseTo(3153.6, 6);
    expect(e.deviceTime.to("h")).toBeCloseTo(500 * 3 * 8760, 6);
    expectInvalid(() => fleetEnergy({ devices: -1, powerPerDevice: 2, duration: 1 }), "fleetEnergy", "devices", "-1");
  });
});
