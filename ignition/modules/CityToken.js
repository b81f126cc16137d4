import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/**
 * Every CityToken contract and its role wiring. `admin` receives the admin roles; it defaults to the
 * deploying account (account #0 on a local Hardhat node).
 */
export default buildModule("CityToken", (m) => {
  const admin = m.getParameter("admin", m.getAccount(0));
  const tokenName = m.getParameter("tokenName", "CityToken");
  const tokenSymbol = m.getParameter("tokenSymbol", "CITY");

  const civicToken = m.contract("CivicToken", [tokenName, tokenSymbol, admin]);

  return { civicToken };
});
