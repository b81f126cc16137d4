import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { ZeroHash, id } from "ethers";
import CityTokenModule from "./CityToken.js";

/** Each contract's roles the deploying admin holds after CityTokenModule (see the contracts' constructors). */
export const ADMIN_ROLES = {
  civicToken: { DEFAULT_ADMIN_ROLE: ZeroHash, MINTER_ROLE: id("MINTER_ROLE"), PAUSER_ROLE: id("PAUSER_ROLE") },
  credentialRegistry: { DEFAULT_ADMIN_ROLE: ZeroHash },
  ballotBox: { DEFAULT_ADMIN_ROLE: ZeroHash, BALLOT_ADMIN_ROLE: id("BALLOT_ADMIN_ROLE") },
  rewardCatalog: {
    DEFAULT_ADMIN_ROLE: ZeroHash,
    CATALOG_MANAGER_ROLE: id("CATALOG_MANAGER_ROLE"),
    RELAYER_ROLE: id("RELAYER_ROLE"),
  },
  recordAnchor: { DEFAULT_ADMIN_ROLE: ZeroHash, ANCHOR_ROLE: id("ANCHOR_ROLE") },
  publicFunds: { DEFAULT_ADMIN_ROLE: ZeroHash, BUDGET_ROLE: id("BUDGET_ROLE") },
};

/**
 * Hands every admin role of the deployment to a multisig: the multisig is granted each role the deployer holds,
 * then the deployer renounces them (the default admin role last, so a failed step never leaves a contract
 * without an admin). The service's roles (minter, registrar, ballot admin, relayer, catalog manager, anchor, funds relayer, budget) stay with
 * the service. Deployed into the same Ignition deployment as CityTokenModule, so its contracts are reused, and
 * an interrupted hand-over resumes where it stopped.
 *
 * Parameter (module "AdminHandover"): multisig, the address that receives the roles.
 */
export default buildModule("AdminHandover", (m) => {
  const multisig = m.getParameter("multisig");
  const deployer = m.getAccount(0);
  const contracts = m.useModule(CityTokenModule);
  for (const [name, roles] of Object.entries(ADMIN_ROLES)) {
    const contract = contracts[name];
    const entries = Object.entries(roles);
    const grants = entries.map(([role, hash]) =>
      m.call(contract, "grantRole", [hash, multisig], { id: `${name}_grant_${role}` }));
    // Renounce the other roles first and the default admin role last, each after every grant went through.
    const ordered = [...entries.filter(([role]) => role !== "DEFAULT_ADMIN_ROLE"), ...entries.filter(([role]) => role === "DEFAULT_ADMIN_ROLE")];
    let previous = grants;
    for (const [role, hash] of ordered) {
      const renounce = m.call(contract, "renounceRole", [hash, deployer], { id: `${name}_renounce_${role}`, after: previous });
      previous = [renounce];
    }
  }
  return contracts;
});
