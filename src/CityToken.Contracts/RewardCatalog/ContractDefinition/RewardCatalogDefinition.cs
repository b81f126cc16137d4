using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace CityToken.Contracts.RewardCatalog.ContractDefinition
{


    public partial class RewardCatalogDeployment : RewardCatalogDeploymentBase
    {
        public RewardCatalogDeployment() : base(BYTECODE) { }
        public RewardCatalogDeployment(string byteCode) : base(byteCode) { }
    }

    public class RewardCatalogDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "60a060405234801561000f575f5ffd5b506040516117d43803806117d483398101604081905261002e9161019e565b6001600160a01b038216158061004b57506001600160a01b038116155b15610069576040516319fb18f760e21b815260040160405180910390fd5b6001600160a01b0382166080526100805f826100de565b506100ab7f324bfc5685f8b762973d1a2f63086acc87d62f02d552a5779981fa27332c368d826100de565b506100d67fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4826100de565b5050506101d6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661017e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101363390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610181565b505f5b92915050565b6001600160a01b038116811461019b575f5ffd5b50565b5f5f604083850312156101af575f5ffd5b82516101ba81610187565b60208401519092506101cb81610187565b809150509250929050565b6080516115c36102115f395f81816102e0015281816106f90152818161077801528181610dab01528181610e140152610e4901526115c35ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80637cbc2373116100a9578063a4f60e3a1161006e578063a4f60e3a1461028e578063beaf7968146102a2578063d547741f146102b5578063eabdc5b4146102c8578063fc0c546a146102db575f5ffd5b80637cbc23731461021457806391d1485414610227578063926d7d7f1461023a5780639fb1915814610261578063a217fddf14610287575f5ffd5b806336568abe116100ef57806336568abe146101c057806354ca9583146101d357806366cfd072146101e65780636e285196146101f9578063790854251461020c575f5ffd5b806301ffc9a71461012b5780631c4b774b14610153578063248a9ca31461017357806326ea3799146101a35780632f2ff15d146101ab575b5f5ffd5b61013e610139366004610ff3565b61031a565b60405190151581526020015b60405180910390f35b61016661016136600461101a565b610350565b60405161014a9190611031565b61019561018136600461101a565b5f9081526020819052604090206001015490565b60405190815260200161014a565b600354610195565b6101be6101b93660046110c0565b610485565b005b6101be6101ce3660046110c0565b6104af565b6101be6101e1366004611144565b6104e7565b6101be6101f436600461101a565b6105c7565b6101956102073660046111b6565b61066b565b600254610195565b61019561022236600461121c565b61083a565b61013e6102353660046110c0565b61084d565b6101957fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc481565b61026f6001600160401b0381565b6040516001600160401b03909116815260200161014a565b6101955f81565b6101955f51602061156e5f395f51905f5281565b6101956102b036600461123c565b610875565b6101be6102c33660046110c0565b610a0e565b6101be6102d636600461101a565b610a32565b6103027f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161014a565b5f6001600160e01b03198216637965db0b60e01b148061034a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6103926040518060a001604052805f81526020015f6001600160a01b031681526020015f6001600160401b031681526020015f15158152602001606081525090565b61039b82610ac9565b6040805160a0810182528254815260018301546001600160a01b0381166020830152600160a01b81046001600160401b031692820192909252600160e01b90910460ff16151560608201526002820180549192916080840191906103fe906112a5565b80601f016020809104026020016040519081016040528092919081815260200182805461042a906112a5565b80156104755780601f1061044c57610100808354040283529160200191610475565b820191905f5260205f20905b81548152906001019060200180831161045857829003601f168201915b5050505050815250509050919050565b5f8281526020819052604090206001015461049f81610b00565b6104a98383610b0d565b50505050565b6001600160a01b03811633146104d85760405163334bd91960e11b815260040160405180910390fd5b6104e28282610b9c565b505050565b5f51602061156e5f395f51905f526104fe81610b00565b855f0361051e57604051633019570760e21b815260040160405180910390fd5b5f61052888610ac9565b8781556001810180546001600160e01b031916600160a01b6001600160401b038a16026001600160a01b031916176001600160a01b03881617905590506002810161057484868361133c565b50846001600160a01b0316887f3e1a27c40f6b0c8d2c74c204e2a8e4aefe41d103540593055c065c0c206ed7e0898988886040516105b594939291906113f5565b60405180910390a35050505050505050565b5f51602061156e5f395f51905f526105de81610b00565b5f6105e883610ac9565b6001810154909150600160e01b900460ff16156106275760405163f108066d60e01b815260048101849052600160248201526044015b60405180910390fd5b60018101805460ff60e01b1916600160e01b17905560405183907f077df36c64e7c698035a47d2e97da79ab1c3bcfdf6f82430581659cc4d2a969a905f90a2505050565b5f7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc461069681610b00565b5f876106a18a610ac9565b546106ac919061144e565b60405163d505accf60e01b81526001600160a01b038c8116600483015230602483015260448201839052606482018a905260ff8916608483015260a4820188905260c482018790529192507f00000000000000000000000000000000000000000000000000000000000000009091169063d505accf9060e4015f604051808303815f87803b15801561073c575f5ffd5b505af192505050801561074d575060015b61082157604051636eb1769f60e11b81526001600160a01b038b811660048301523060248301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063dd62ed3e90604401602060405180830381865afa1580156107bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107e39190611465565b90508181101561081f57604051633e0318a160e01b81526001600160a01b038c166004820152602481018290526044810183905260640161061e565b505b61082c8a8a8a610c05565b9a9950505050505050505050565b5f610846338484610c05565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5f51602061156e5f395f51905f5261088d81610b00565b865f036108ad57604051633019570760e21b815260040160405180910390fd5b60025f81546108bb9061147c565b91905081905591506040518060a00160405280888152602001866001600160a01b03168152602001876001600160401b0316815260200160011515815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505084815260016020818152604092839020855181559085015191810180549386015160608701511515600160e01b0260ff60e01b196001600160401b03909216600160a01b026001600160e01b03199096166001600160a01b0390951694909417949094179390931691909117909155608083015190915060028201906109b89082611494565b50905050846001600160a01b0316827f2afd82a90e22dc3664ba85af3c19862e29c091daec7e4f9a06250c2d117b07c0898988886040516109fc94939291906113f5565b60405180910390a35095945050505050565b5f82815260208190526040902060010154610a2881610b00565b6104a98383610b9c565b5f51602061156e5f395f51905f52610a4981610b00565b5f610a5383610ac9565b6001810154909150600160e01b900460ff16610a8b5760405163f108066d60e01b8152600481018490525f602482015260440161061e565b60018101805460ff60e01b1916905560405183907f385eed96ca33f0da03d900751711ff4392adf11be79222f4aa99f92e71a1da4f905f90a2505050565b5f8181526001602052604081208054909103610afb57604051631f80cb3f60e11b81526004810183905260240161061e565b919050565b610b0a8133610e7c565b50565b5f610b18838361084d565b610b95575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610b4d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161034a565b505f61034a565b5f610ba7838361084d565b15610b95575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161034a565b5f815f03610c2657604051636cdd70c960e01b815260040160405180910390fd5b5f610c3084610ac9565b6001810154909150600160e01b900460ff16610c6257604051631177277960e21b81526004810185905260240161061e565b60018101546001600160401b03600160a01b9091048116908114610cf657806001600160401b0316841115610cc357604051638f80030f60e01b815260048101869052602481018590526001600160401b038216604482015260640161061e565b610ccd848261154e565b8260010160146101000a8154816001600160401b0302191690836001600160401b031602179055505b815460018301546001600160a01b03165f610d11878461144e565b905060035f8154610d219061147c565b919050819055955087896001600160a01b0316877fd1f50717286f9564e69db657165181e471d01523ce248549f6f28b5d6b044d5b8a87604051610d6f929190918252602082015260400190565b60405180910390a46001600160a01b038216610e075760405163079cc67960e41b81526001600160a01b038a81166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906379cc6790906044015f604051808303815f87803b158015610dec575f5ffd5b505af1158015610dfe573d5f5f3e3d5ffd5b50505050610e70565b610e3c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a3084610eb9565b610e706001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383610eef565b50505050509392505050565b610e86828261084d565b610eb55760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161061e565b5050565b610ec7848484846001610f24565b6104a957604051635274afe760e01b81526001600160a01b038516600482015260240161061e565b610efc8383836001610f91565b6104e257604051635274afe760e01b81526001600160a01b038416600482015260240161061e565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610f80578383151615610f74573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610fe7578383151615610fdb573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60208284031215611003575f5ffd5b81356001600160e01b031981168114610846575f5ffd5b5f6020828403121561102a575f5ffd5b5035919050565b602081528151602082015260018060a01b0360208301511660408201526001600160401b0360408301511660608201526060820151151560808201525f608083015160a08084015280518060c0850152806020830160e086015e5f60e0828601015260e0601f19601f8301168501019250505092915050565b80356001600160a01b0381168114610afb575f5ffd5b5f5f604083850312156110d1575f5ffd5b823591506110e1602084016110aa565b90509250929050565b80356001600160401b0381168114610afb575f5ffd5b5f5f83601f840112611110575f5ffd5b5081356001600160401b03811115611126575f5ffd5b60208301915083602082850101111561113d575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215611159575f5ffd5b8635955060208701359450611170604088016110ea565b935061117e606088016110aa565b925060808701356001600160401b03811115611198575f5ffd5b6111a489828a01611100565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60e0888a0312156111cc575f5ffd5b6111d5886110aa565b9650602088013595506040880135945060608801359350608088013560ff811681146111ff575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f6040838503121561122d575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60808688031215611250575f5ffd5b85359450611260602087016110ea565b935061126e604087016110aa565b925060608601356001600160401b03811115611288575f5ffd5b61129488828901611100565b969995985093965092949392505050565b600181811c908216806112b957607f821691505b6020821081036112d757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156104e257805f5260205f20601f840160051c810160208510156113165750805b601f840160051c820191505b81811015611335575f8155600101611322565b5050505050565b6001600160401b03831115611353576113536112dd565b6113678361136183546112a5565b836112f1565b5f601f841160018114611398575f85156113815750838201355b5f19600387901b1c1916600186901b178355611335565b5f83815260208120601f198716915b828110156113c757868501358255602094850194600190920191016113a7565b50868210156113e3575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8481526001600160401b038416602082015260606040820152816060820152818360808301375f818301608090810191909152601f909201601f191601019392505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761034a5761034a61143a565b5f60208284031215611475575f5ffd5b5051919050565b5f6001820161148d5761148d61143a565b5060010190565b81516001600160401b038111156114ad576114ad6112dd565b6114c1816114bb84546112a5565b846112f1565b6020601f8211600181146114f3575f83156114dc5750848201515b5f19600385901b1c1916600184901b178455611335565b5f84815260208120601f198516915b828110156115225787850151825560209485019460019092019101611502565b508482101561153f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160401b03828116828216039081111561034a5761034a61143a56fe324bfc5685f8b762973d1a2f63086acc87d62f02d552a5779981fa27332c368da26469706673582212208dcafa24115e0221f723e6e1141dd146cd56fb6151b912e6690b7db6ad8cf3cf64736f6c634300081c0033";
        public RewardCatalogDeploymentBase() : base(BYTECODE) { }
        public RewardCatalogDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "token_", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "admin", 2)]
        public virtual string Admin { get; set; }
    }

    public partial class CatalogManagerRoleFunction : CatalogManagerRoleFunctionBase { }

    [Function("CATALOG_MANAGER_ROLE", "bytes32")]
    public class CatalogManagerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class RelayerRoleFunction : RelayerRoleFunctionBase { }

    [Function("RELAYER_ROLE", "bytes32")]
    public class RelayerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class UnlimitedStockFunction : UnlimitedStockFunctionBase { }

    [Function("UNLIMITED_STOCK", "uint64")]
    public class UnlimitedStockFunctionBase : FunctionMessage
    {

    }

    public partial class ActivateRewardFunction : ActivateRewardFunctionBase { }

    [Function("activateReward")]
    public class ActivateRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class AddRewardFunction : AddRewardFunctionBase { }

    [Function("addReward", "uint256")]
    public class AddRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "price", 1)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 2)]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 3)]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 4)]
        public virtual string Uri { get; set; }
    }

    public partial class DeactivateRewardFunction : DeactivateRewardFunctionBase { }

    [Function("deactivateReward")]
    public class DeactivateRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class GetRewardFunction : GetRewardFunctionBase { }

    [Function("getReward", typeof(GetRewardOutputDTO))]
    public class GetRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class GetRoleAdminFunction : GetRoleAdminFunctionBase { }

    [Function("getRoleAdmin", "bytes32")]
    public class GetRoleAdminFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
    }

    public partial class GrantRoleFunction : GrantRoleFunctionBase { }

    [Function("grantRole")]
    public class GrantRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class HasRoleFunction : HasRoleFunctionBase { }

    [Function("hasRole", "bool")]
    public class HasRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class RedeemFunction : RedeemFunctionBase { }

    [Function("redeem", "uint256")]
    public class RedeemFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "quantity", 2)]
        public virtual BigInteger Quantity { get; set; }
    }

    public partial class RedeemWithPermitFunction : RedeemWithPermitFunctionBase { }

    [Function("redeemWithPermit", "uint256")]
    public class RedeemWithPermitFunctionBase : FunctionMessage
    {
        [Parameter("address", "resident", 1)]
        public virtual string Resident { get; set; }
        [Parameter("uint256", "rewardId", 2)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "quantity", 3)]
        public virtual BigInteger Quantity { get; set; }
        [Parameter("uint256", "deadline", 4)]
        public virtual BigInteger Deadline { get; set; }
        [Parameter("uint8", "v", 5)]
        public virtual byte V { get; set; }
        [Parameter("bytes32", "r", 6)]
        public virtual byte[] R { get; set; }
        [Parameter("bytes32", "s", 7)]
        public virtual byte[] S { get; set; }
    }

    public partial class RedemptionCountFunction : RedemptionCountFunctionBase { }

    [Function("redemptionCount", "uint256")]
    public class RedemptionCountFunctionBase : FunctionMessage
    {

    }

    public partial class RenounceRoleFunction : RenounceRoleFunctionBase { }

    [Function("renounceRole")]
    public class RenounceRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "callerConfirmation", 2)]
        public virtual string CallerConfirmation { get; set; }
    }

    public partial class RevokeRoleFunction : RevokeRoleFunctionBase { }

    [Function("revokeRole")]
    public class RevokeRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class RewardCountFunction : RewardCountFunctionBase { }

    [Function("rewardCount", "uint256")]
    public class RewardCountFunctionBase : FunctionMessage
    {

    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class TokenFunction : TokenFunctionBase { }

    [Function("token", "address")]
    public class TokenFunctionBase : FunctionMessage
    {

    }

    public partial class UpdateRewardFunction : UpdateRewardFunctionBase { }

    [Function("updateReward")]
    public class UpdateRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "price", 2)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 3)]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 4)]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 5)]
        public virtual string Uri { get; set; }
    }

    public partial class RedeemedEventDTO : RedeemedEventDTOBase { }

    [Event("Redeemed")]
    public class RedeemedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "redemptionId", 1, true )]
        public virtual BigInteger RedemptionId { get; set; }
        [Parameter("address", "resident", 2, true )]
        public virtual string Resident { get; set; }
        [Parameter("uint256", "rewardId", 3, true )]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "quantity", 4, false )]
        public virtual BigInteger Quantity { get; set; }
        [Parameter("uint256", "price", 5, false )]
        public virtual BigInteger Price { get; set; }
    }

    public partial class RewardActivatedEventDTO : RewardActivatedEventDTOBase { }

    [Event("RewardActivated")]
    public class RewardActivatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardAddedEventDTO : RewardAddedEventDTOBase { }

    [Event("RewardAdded")]
    public class RewardAddedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "price", 2, false )]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 3, false )]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 4, true )]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 5, false )]
        public virtual string Uri { get; set; }
    }

    public partial class RewardDeactivatedEventDTO : RewardDeactivatedEventDTOBase { }

    [Event("RewardDeactivated")]
    public class RewardDeactivatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardUpdatedEventDTO : RewardUpdatedEventDTOBase { }

    [Event("RewardUpdated")]
    public class RewardUpdatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "price", 2, false )]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 3, false )]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 4, true )]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 5, false )]
        public virtual string Uri { get; set; }
    }

    public partial class RoleAdminChangedEventDTO : RoleAdminChangedEventDTOBase { }

    [Event("RoleAdminChanged")]
    public class RoleAdminChangedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("bytes32", "previousAdminRole", 2, true )]
        public virtual byte[] PreviousAdminRole { get; set; }
        [Parameter("bytes32", "newAdminRole", 3, true )]
        public virtual byte[] NewAdminRole { get; set; }
    }

    public partial class RoleGrantedEventDTO : RoleGrantedEventDTOBase { }

    [Event("RoleGranted")]
    public class RoleGrantedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class RoleRevokedEventDTO : RoleRevokedEventDTOBase { }

    [Event("RoleRevoked")]
    public class RoleRevokedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class AccessControlBadConfirmationError : AccessControlBadConfirmationErrorBase { }
    [Error("AccessControlBadConfirmation")]
    public class AccessControlBadConfirmationErrorBase : IErrorDTO
    {
    }

    public partial class AccessControlUnauthorizedAccountError : AccessControlUnauthorizedAccountErrorBase { }

    [Error("AccessControlUnauthorizedAccount")]
    public class AccessControlUnauthorizedAccountErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("bytes32", "neededRole", 2)]
        public virtual byte[] NeededRole { get; set; }
    }

    public partial class RewardCatalogActiveUnchangedError : RewardCatalogActiveUnchangedErrorBase { }

    [Error("RewardCatalogActiveUnchanged")]
    public class RewardCatalogActiveUnchangedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("bool", "active", 2)]
        public virtual bool Active { get; set; }
    }

    public partial class RewardCatalogInactiveError : RewardCatalogInactiveErrorBase { }

    [Error("RewardCatalogInactive")]
    public class RewardCatalogInactiveErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardCatalogInsufficientAllowanceError : RewardCatalogInsufficientAllowanceErrorBase { }

    [Error("RewardCatalogInsufficientAllowance")]
    public class RewardCatalogInsufficientAllowanceErrorBase : IErrorDTO
    {
        [Parameter("address", "resident", 1)]
        public virtual string Resident { get; set; }
        [Parameter("uint256", "allowance", 2)]
        public virtual BigInteger Allowance { get; set; }
        [Parameter("uint256", "cost", 3)]
        public virtual BigInteger Cost { get; set; }
    }

    public partial class RewardCatalogSoldOutError : RewardCatalogSoldOutErrorBase { }

    [Error("RewardCatalogSoldOut")]
    public class RewardCatalogSoldOutErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "requested", 2)]
        public virtual BigInteger Requested { get; set; }
        [Parameter("uint256", "available", 3)]
        public virtual BigInteger Available { get; set; }
    }

    public partial class RewardCatalogUnknownRewardError : RewardCatalogUnknownRewardErrorBase { }

    [Error("RewardCatalogUnknownReward")]
    public class RewardCatalogUnknownRewardErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardCatalogZeroAddressError : RewardCatalogZeroAddressErrorBase { }
    [Error("RewardCatalogZeroAddress")]
    public class RewardCatalogZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class RewardCatalogZeroPriceError : RewardCatalogZeroPriceErrorBase { }
    [Error("RewardCatalogZeroPrice")]
    public class RewardCatalogZeroPriceErrorBase : IErrorDTO
    {
    }

    public partial class RewardCatalogZeroQuantityError : RewardCatalogZeroQuantityErrorBase { }
    [Error("RewardCatalogZeroQuantity")]
    public class RewardCatalogZeroQuantityErrorBase : IErrorDTO
    {
    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class CatalogManagerRoleOutputDTO : CatalogManagerRoleOutputDTOBase { }

    [FunctionOutput]
    public class CatalogManagerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class RelayerRoleOutputDTO : RelayerRoleOutputDTOBase { }

    [FunctionOutput]
    public class RelayerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class UnlimitedStockOutputDTO : UnlimitedStockOutputDTOBase { }

    [FunctionOutput]
    public class UnlimitedStockOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }







    public partial class GetRewardOutputDTO : GetRewardOutputDTOBase { }

    [FunctionOutput]
    public class GetRewardOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Reward ReturnValue1 { get; set; }
    }

    public partial class GetRoleAdminOutputDTO : GetRoleAdminOutputDTOBase { }

    [FunctionOutput]
    public class GetRoleAdminOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }



    public partial class HasRoleOutputDTO : HasRoleOutputDTOBase { }

    [FunctionOutput]
    public class HasRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }





    public partial class RedemptionCountOutputDTO : RedemptionCountOutputDTOBase { }

    [FunctionOutput]
    public class RedemptionCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }





    public partial class RewardCountOutputDTO : RewardCountOutputDTOBase { }

    [FunctionOutput]
    public class RewardCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class TokenOutputDTO : TokenOutputDTOBase { }

    [FunctionOutput]
    public class TokenOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }


}
