import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeErrorResult, ContractFunctionRevertedError, BaseError } from "viem";
import * as generated from "../src/abi/generated.ts";
import { contractErrorMessages, describeError } from "../src/errors/index.ts";

const abis = Object.entries(generated).filter(([name]) => name.endsWith("Abi")) as [string, readonly any[]][];

test("every custom error of every generated ABI has a human message", () => {
  const missing = abis.flatMap(([abiName, abi]) =>
    abi.filter((item) => item.type === "error" && !contractErrorMessages[item.name]).map((item) => `${abiName}.${item.name}`),
  );
  assert.deepEqual(missing, []);
});

test("describeError explains a decoded revert with its arguments", () => {
  const abi = [
    {
      type: "error",
      name: "ERC20InsufficientBalance",
      inputs: [
        { name: "sender", type: "address" },
        { name: "balance", type: "uint256" },
        { name: "needed", type: "uint256" },
      ],
    },
  ] as const;
  const data = encodeErrorResult({
    abi,
    errorName: "ERC20InsufficientBalance",
    args: ["0x0000000000000000000000000000000000000001", 10n ** 18n, 2n * 10n ** 18n],
  });
  const error = new BaseError("call reverted", {
    cause: new ContractFunctionRevertedError({ abi, data, functionName: "transfer" }),
  });
  const human = describeError(error);
  assert.equal(human.errorName, "ERC20InsufficientBalance");
  assert.equal(human.message, "Your balance is 1 but 2 is needed.");
});
