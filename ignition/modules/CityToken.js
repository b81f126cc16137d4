import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { id } from "ethers";

/**
 * Every CityToken contract and its role wiring.
 *
 * Parameters (module "CityToken"):
 * - admin: receives the admin roles; defaults to the deploying account (account #0 on a local node). The
 *   role grants below are sent by the deployer, so deploy with the admin's key.
 * - service: the service's signing account (it mints, registers credentials, administers ballots and the
 *   reward catalog on staff's behalf, anchors record roots and relays residents' signed votes and permits); required (deploy.js gives
 *   the node's account #1 on a local chain, CITYTOKEN_SERVICE_ACCOUNT elsewhere).
 * - mintCapPerPeriod: most base units mintable per period (default period: one day, UTC), bounding what a
 *   stolen minter key can do; default 1,000,000 tokens.
 */
export default buildModule("CityToken", (m) => {
  const admin = m.getParameter("admin", m.getAccount(0));
  // No default (scripts/deploy.js always passes it): Ignition validates a default account index even when the
  // parameter is given, and a keystore network has one account.
  const service = m.getParameter("service");
  const tokenName = m.getParameter("tokenName", "CityToken");
  const tokenSymbol = m.getParameter("tokenSymbol", "CITY");
  const mintCapPerPeriod = m.getParameter("mintCapPerPeriod", 1_000_000n * 10n ** 18n);

  const civicToken = m.contract("CivicToken", [tokenName, tokenSymbol, admin]);
  const didRegistry = m.contract("EthereumDIDRegistry", []);
  const credentialRegistry = m.contract("CredentialRegistry", [admin]);
  const ballotBox = m.contract("BallotBox", [didRegistry, credentialRegistry, admin]);
  const rewardCatalog = m.contract("RewardCatalog", [civicToken, admin]);
  const recordAnchor = m.contract("RecordAnchor", [admin]);
  const publicFunds = m.contract("PublicFunds", [admin]);

  m.call(civicToken, "setMintCap", [mintCapPerPeriod], { id: "MintCapPerPeriod" });
  m.call(civicToken, "grantRole", [id("MINTER_ROLE"), service], { id: "ServiceMints" });
  m.call(credentialRegistry, "grantRole", [id("REGISTRAR_ROLE"), service], { id: "ServiceRegisters" });
  m.call(ballotBox, "grantRole", [id("BALLOT_ADMIN_ROLE"), service], { id: "ServiceAdministersBallots" });
  m.call(rewardCatalog, "grantRole", [id("RELAYER_ROLE"), service], { id: "ServiceRelaysRedemptions" });
  m.call(rewardCatalog, "grantRole", [id("CATALOG_MANAGER_ROLE"), service], { id: "ServiceManagesCatalog" });
  m.call(recordAnchor, "grantRole", [id("ANCHOR_ROLE"), service], { id: "ServiceAnchorsRecords" });
  // Staff propose and approve disbursements through the service, which names them (issue 19); it also creates projects.
  m.call(publicFunds, "grantRole", [id("FUNDS_RELAYER_ROLE"), service], { id: "ServiceRelaysFunds" });
  m.call(publicFunds, "grantRole", [id("BUDGET_ROLE"), service], { id: "ServiceCreatesProjects" });
  // Under the MerchantsOnly policy residents may only pay merchants: the catalog is one.
  m.call(civicToken, "setMerchant", [rewardCatalog, true], { id: "CatalogIsMerchant" });

  return { civicToken, didRegistry, credentialRegistry, ballotBox, rewardCatalog, recordAnchor, publicFunds };
});
