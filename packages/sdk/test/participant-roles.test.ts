import assert from "node:assert/strict";
import { test } from "node:test";
import { keccak256, toHex } from "viem";
import { PARTICIPANT_ROLES } from "../src/protocol.ts";

const CONTRACT_NAMES = ["OPERATOR_ROLE", "INVESTOR_ROLE", "VALIDATOR_ROLE", "PUBLIC_ADMINISTRATION_ROLE", "PLATFORM_ROLE", "FEEDER_ROLE"];

test("the participant roles are the registry's, in the order of rolesOf's bits", () => {
  assert.deepEqual(
    PARTICIPANT_ROLES.map((role) => role.id),
    CONTRACT_NAMES.map((name) => keccak256(toHex(name))),
  );
});
