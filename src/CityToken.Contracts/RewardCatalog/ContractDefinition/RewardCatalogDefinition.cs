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
        public static string BYTECODE = "60a060405234801561000f575f5ffd5b5060405161173638038061173683398101604081905261002e91610173565b6001600160a01b038216158061004b57506001600160a01b038116155b15610069576040516319fb18f760e21b815260040160405180910390fd5b6001600160a01b0382166080526100805f826100b3565b506100ab7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4826100b3565b5050506101ab565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610153575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561010b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610156565b505f5b92915050565b6001600160a01b0381168114610170575f5ffd5b50565b5f5f60408385031215610184575f5ffd5b825161018f8161015c565b60208401519092506101a08161015c565b809150509250929050565b6080516115506101e65f395f81816102c1015281816106c00152818161073f01528181610d5801528181610dc10152610df601526115505ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806379085425116100a9578063a217fddf1161006e578063a217fddf1461027c578063beaf796814610283578063d547741f14610296578063eabdc5b4146102a9578063fc0c546a146102bc575f5ffd5b806379085425146102015780637cbc23731461020957806391d148541461021c578063926d7d7f1461022f5780639fb1915814610256575f5ffd5b80632f2ff15d116100ef5780632f2ff15d146101a057806336568abe146101b557806354ca9583146101c857806366cfd072146101db5780636e285196146101ee575f5ffd5b806301ffc9a7146101205780631c4b774b14610148578063248a9ca31461016857806326ea379914610198575b5f5ffd5b61013361012e366004610fa0565b6102fb565b60405190151581526020015b60405180910390f35b61015b610156366004610fc7565b610331565b60405161013f9190610fde565b61018a610176366004610fc7565b5f9081526020819052604090206001015490565b60405190815260200161013f565b60035461018a565b6101b36101ae36600461106d565b610466565b005b6101b36101c336600461106d565b610490565b6101b36101d63660046110f1565b6104c8565b6101b36101e9366004610fc7565b61059b565b61018a6101fc366004611163565b610632565b60025461018a565b61018a6102173660046111c9565b610801565b61013361022a36600461106d565b610814565b61018a7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc481565b6102646001600160401b0381565b6040516001600160401b03909116815260200161013f565b61018a5f81565b61018a6102913660046111e9565b61083c565b6101b36102a436600461106d565b6109c8565b6101b36102b7366004610fc7565b6109ec565b6102e37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013f565b5f6001600160e01b03198216637965db0b60e01b148061032b57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6103736040518060a001604052805f81526020015f6001600160a01b031681526020015f6001600160401b031681526020015f15158152602001606081525090565b61037c82610a76565b6040805160a0810182528254815260018301546001600160a01b0381166020830152600160a01b81046001600160401b031692820192909252600160e01b90910460ff16151560608201526002820180549192916080840191906103df90611252565b80601f016020809104026020016040519081016040528092919081815260200182805461040b90611252565b80156104565780601f1061042d57610100808354040283529160200191610456565b820191905f5260205f20905b81548152906001019060200180831161043957829003601f168201915b5050505050815250509050919050565b5f8281526020819052604090206001015461048081610aad565b61048a8383610aba565b50505050565b6001600160a01b03811633146104b95760405163334bd91960e11b815260040160405180910390fd5b6104c38282610b49565b505050565b5f6104d281610aad565b855f036104f257604051633019570760e21b815260040160405180910390fd5b5f6104fc88610a76565b8781556001810180546001600160e01b031916600160a01b6001600160401b038a16026001600160a01b031916176001600160a01b0388161790559050600281016105488486836112e9565b50846001600160a01b0316887f3e1a27c40f6b0c8d2c74c204e2a8e4aefe41d103540593055c065c0c206ed7e08989888860405161058994939291906113a2565b60405180910390a35050505050505050565b5f6105a581610aad565b5f6105af83610a76565b6001810154909150600160e01b900460ff16156105ee5760405163f108066d60e01b815260048101849052600160248201526044015b60405180910390fd5b60018101805460ff60e01b1916600160e01b17905560405183907f077df36c64e7c698035a47d2e97da79ab1c3bcfdf6f82430581659cc4d2a969a905f90a2505050565b5f7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc461065d81610aad565b5f876106688a610a76565b5461067391906113fb565b60405163d505accf60e01b81526001600160a01b038c8116600483015230602483015260448201839052606482018a905260ff8916608483015260a4820188905260c482018790529192507f00000000000000000000000000000000000000000000000000000000000000009091169063d505accf9060e4015f604051808303815f87803b158015610703575f5ffd5b505af1925050508015610714575060015b6107e857604051636eb1769f60e11b81526001600160a01b038b811660048301523060248301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063dd62ed3e90604401602060405180830381865afa158015610786573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107aa9190611412565b9050818110156107e657604051633e0318a160e01b81526001600160a01b038c16600482015260248101829052604481018390526064016105e5565b505b6107f38a8a8a610bb2565b9a9950505050505050505050565b5f61080d338484610bb2565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8061084781610aad565b865f0361086757604051633019570760e21b815260040160405180910390fd5b60025f815461087590611429565b91905081905591506040518060a00160405280888152602001866001600160a01b03168152602001876001600160401b0316815260200160011515815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505084815260016020818152604092839020855181559085015191810180549386015160608701511515600160e01b0260ff60e01b196001600160401b03909216600160a01b026001600160e01b03199096166001600160a01b0390951694909417949094179390931691909117909155608083015190915060028201906109729082611441565b50905050846001600160a01b0316827f2afd82a90e22dc3664ba85af3c19862e29c091daec7e4f9a06250c2d117b07c0898988886040516109b694939291906113a2565b60405180910390a35095945050505050565b5f828152602081905260409020600101546109e281610aad565b61048a8383610b49565b5f6109f681610aad565b5f610a0083610a76565b6001810154909150600160e01b900460ff16610a385760405163f108066d60e01b8152600481018490525f60248201526044016105e5565b60018101805460ff60e01b1916905560405183907f385eed96ca33f0da03d900751711ff4392adf11be79222f4aa99f92e71a1da4f905f90a2505050565b5f8181526001602052604081208054909103610aa857604051631f80cb3f60e11b8152600481018390526024016105e5565b919050565b610ab78133610e29565b50565b5f610ac58383610814565b610b42575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610afa3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161032b565b505f61032b565b5f610b548383610814565b15610b42575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161032b565b5f815f03610bd357604051636cdd70c960e01b815260040160405180910390fd5b5f610bdd84610a76565b6001810154909150600160e01b900460ff16610c0f57604051631177277960e21b8152600481018590526024016105e5565b60018101546001600160401b03600160a01b9091048116908114610ca357806001600160401b0316841115610c7057604051638f80030f60e01b815260048101869052602481018590526001600160401b03821660448201526064016105e5565b610c7a84826114fb565b8260010160146101000a8154816001600160401b0302191690836001600160401b031602179055505b815460018301546001600160a01b03165f610cbe87846113fb565b905060035f8154610cce90611429565b919050819055955087896001600160a01b0316877fd1f50717286f9564e69db657165181e471d01523ce248549f6f28b5d6b044d5b8a87604051610d1c929190918252602082015260400190565b60405180910390a46001600160a01b038216610db45760405163079cc67960e41b81526001600160a01b038a81166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906379cc6790906044015f604051808303815f87803b158015610d99575f5ffd5b505af1158015610dab573d5f5f3e3d5ffd5b50505050610e1d565b610de96001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a3084610e66565b610e1d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383610e9c565b50505050509392505050565b610e338282610814565b610e625760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105e5565b5050565b610e74848484846001610ed1565b61048a57604051635274afe760e01b81526001600160a01b03851660048201526024016105e5565b610ea98383836001610f3e565b6104c357604051635274afe760e01b81526001600160a01b03841660048201526024016105e5565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610f2d578383151615610f21573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610f94578383151615610f88573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60208284031215610fb0575f5ffd5b81356001600160e01b03198116811461080d575f5ffd5b5f60208284031215610fd7575f5ffd5b5035919050565b602081528151602082015260018060a01b0360208301511660408201526001600160401b0360408301511660608201526060820151151560808201525f608083015160a08084015280518060c0850152806020830160e086015e5f60e0828601015260e0601f19601f8301168501019250505092915050565b80356001600160a01b0381168114610aa8575f5ffd5b5f5f6040838503121561107e575f5ffd5b8235915061108e60208401611057565b90509250929050565b80356001600160401b0381168114610aa8575f5ffd5b5f5f83601f8401126110bd575f5ffd5b5081356001600160401b038111156110d3575f5ffd5b6020830191508360208285010111156110ea575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215611106575f5ffd5b863595506020870135945061111d60408801611097565b935061112b60608801611057565b925060808701356001600160401b03811115611145575f5ffd5b61115189828a016110ad565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60e0888a031215611179575f5ffd5b61118288611057565b9650602088013595506040880135945060608801359350608088013560ff811681146111ac575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156111da575f5ffd5b50508035926020909101359150565b5f5f5f5f5f608086880312156111fd575f5ffd5b8535945061120d60208701611097565b935061121b60408701611057565b925060608601356001600160401b03811115611235575f5ffd5b611241888289016110ad565b969995985093965092949392505050565b600181811c9082168061126657607f821691505b60208210810361128457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156104c357805f5260205f20601f840160051c810160208510156112c35750805b601f840160051c820191505b818110156112e2575f81556001016112cf565b5050505050565b6001600160401b038311156113005761130061128a565b6113148361130e8354611252565b8361129e565b5f601f841160018114611345575f851561132e5750838201355b5f19600387901b1c1916600186901b1783556112e2565b5f83815260208120601f198716915b828110156113745786850135825560209485019460019092019101611354565b5086821015611390575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8481526001600160401b038416602082015260606040820152816060820152818360808301375f818301608090810191909152601f909201601f191601019392505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761032b5761032b6113e7565b5f60208284031215611422575f5ffd5b5051919050565b5f6001820161143a5761143a6113e7565b5060010190565b81516001600160401b0381111561145a5761145a61128a565b61146e816114688454611252565b8461129e565b6020601f8211600181146114a0575f83156114895750848201515b5f19600385901b1c1916600184901b1784556112e2565b5f84815260208120601f198516915b828110156114cf57878501518255602094850194600190920191016114af565b50848210156114ec57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160401b03828116828216039081111561032b5761032b6113e756fea2646970667358221220a9ebb426920869365ae9900b419a2b3a2122fa6026e0eaef003c4a4f6a8807b064736f6c634300081c0033";
        public RewardCatalogDeploymentBase() : base(BYTECODE) { }
        public RewardCatalogDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "token_", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "admin", 2)]
        public virtual string Admin { get; set; }
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
