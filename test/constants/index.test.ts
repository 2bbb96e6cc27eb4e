import { expect, it } from "vitest";
import * as constants from "../../src/constants";

it("the constants module re-exports every public name", () => {
  const names = [
    "bookSource", "userSource", "externalSource", "createRegistry", "bookTable",
    "hardwareConstants", "modelConstants", "energyConstants", "interconnectConstants", "economicsConstants", "scaleConstants",
    "constantRegistry", "getConstant", "constantValue", "constantQuantity", "listConstants", "registerConstant",
    "hardwareRegistry", "getHardware", "registerHardware", "listHardware",
    "modelRegistry", "getModel", "registerModel", "listModels",
  ];
  expect(names.filter((name) => !(name in constants))).toEqual([]);
});
