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

namespace CityToken.Contracts.CredentialRegistry.ContractDefinition
{


    public partial class CredentialRegistryDeployment : CredentialRegistryDeploymentBase
    {
        public CredentialRegistryDeployment() : base(BYTECODE) { }
        public CredentialRegistryDeployment(string byteCode) : base(byteCode) { }
    }

    public class CredentialRegistryDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "608060405234801561000f575f5ffd5b5060405161178538038061178583398101604081905261002e9161010f565b6001600160a01b0381166100555760405163a8f23c6b60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b61163c806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80638dd18d2d116100a9578063cd0e35b91161006e578063cd0e35b9146102d8578063d547741f146102e0578063dc271273146102f3578063e1661eff1461031d578063f68e955314610330575f5ffd5b80638dd18d2d1461027857806391d1485414610298578063a217fddf146102ab578063c51a4649146102b2578063c5e5297f146102c5575f5ffd5b80632f2ff15d116100ef5780632f2ff15d146101f757806336568abe1461020a57806344f346591461021d57806358e14f53146102305780637eb66ac914610265575f5ffd5b806301ffc9a71461012b578063047ad4901461015357806320c5429b1461017d5780632419d0e314610192578063248a9ca3146101d5575b5f5ffd5b61013e610139366004611096565b610357565b60405190151581526020015b60405180910390f35b6101666101613660046110d8565b61038d565b60408051921515835260208301919091520161014a565b61019061018b366004611108565b6103d1565b005b6101c76101a036600461111f565b6001600160a01b03919091165f908152600360209081526040808320938352929052205490565b60405190815260200161014a565b6101c76101e3366004611108565b5f9081526020819052604090206001015490565b610190610205366004611147565b61047a565b610190610218366004611147565b6104a4565b6101c761022b366004611171565b6104dc565b6101c761023e36600461111f565b6001600160a01b03919091165f908152600460209081526040808320938352929052205490565b6101c76102733660046110d8565b6107e0565b61028b610286366004611108565b6107f6565b60405161014a9190611255565b61013e6102a6366004611147565b6109ae565b6101c75f81565b61013e6102c03660046110d8565b6109d6565b6101c76102d33660046110d8565b6109ec565b6005546101c7565b6101906102ee366004611147565b610a32565b6101c761030136600461131c565b5f91825260026020908152604080842092845291905290205490565b6101c761032b36600461133c565b610a56565b6101c77fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b5f6001600160e01b03198216637965db0b60e01b148061038757506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f61039b868686610b7e565b905080156103c1575f9081526001602081905260409091206004015490925090506103c9565b505f91508190505b935093915050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092386103fb81610ce9565b811580610409575060055482115b1561042f5760405163b96a6caf60e01b8152600481018390526024015b60405180910390fd5b5f82815260016020526040902060020154600160401b900460ff161561046b5760405163456f4c8560e01b815260048101839052602401610426565b610476825f5f610cf6565b5050565b5f8281526020819052604090206001015461049481610ce9565b61049e8383610e1c565b50505050565b6001600160a01b03811633146104cd5760405163334bd91960e11b815260040160405180910390fd5b6104d78282610eab565b505050565b5f7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861050781610ce9565b6001600160a01b03891661052e5760405163b59ce7a160e01b815260040160405180910390fd5b8761054b57604051629ab96160e11b815260040160405180910390fd5b866105695760405163b62abe7160e01b815260040160405180910390fd5b84158015610575575082155b1561059357604051637d9790c360e11b815260040160405180910390fd5b42866001600160401b0316116105cd5760405163b6d319e960e01b81526001600160401b0387166004820152426024820152604401610426565b6001600160a01b0389165f9081526003602090815260408083208b8452909152902054801580159061060f57505f818152600160205260409020600401548814155b1561064657604051634c0e37d560e01b81526001600160a01b038b166004820152602481018a905260448101829052606401610426565b60055f81546106549061138a565b91829055505f8981526002602090815260408083208d845290915290205490935080156106875761068781600186610cf6565b5f60015f8681526020019081526020015f2090508b815f015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555042815f0160146101000a8154816001600160401b0302191690836001600160401b0316021790555033816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550888160010160146101000a8154816001600160401b0302191690836001600160401b031602179055508a81600301819055508981600401819055508781600501819055508686826006019182610769929190611439565b505f8a81526002602090815260408083208e845282528083208890556001600160a01b038f16808452600383528184208f855283528184208990558352600482528083208e84528252822080546001810182559083529120018590556107d185828989610f14565b50505050979650505050505050565b5f6107ec848484610b7e565b90505b9392505050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820192909252610120810191909152811580610856575060055482115b156108775760405163b96a6caf60e01b815260048101839052602401610426565b5f8281526001602081815260409283902083516101408101855281546001600160a01b0380821683526001600160401b03600160a01b92839004811695840195909552948301549485169582019590955293909204811660608401526002820154908116608084015260ff600160401b90910416151560a0830152600381015460c0830152600481015460e0830152600581015461010083015260068101805461012084019190610927906113b6565b80601f0160208091040260200160405190810160405280929190818152602001828054610953906113b6565b801561099e5780601f106109755761010080835404028352916020019161099e565b820191905f5260205f20905b81548152906001019060200180831161098157829003601f168201915b5050505050815250509050919050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6109e2848484610b7e565b1515949350505050565b6001600160a01b0383165f9081526004602090815260408083208584529091528120805483908110610a2057610a206114f2565b905f5260205f20015490509392505050565b5f82815260208190526040902060010154610a4c81610ce9565b61049e8383610eab565b6001600160a01b0382165f908152600360209081526040808320848452909152812054808203610a8957505f90506107ef565b5f818152600160208190526040909120908101546001600160a01b038781169116141580610acc5750600181015442600160a01b9091046001600160401b031611155b15610adc57505f91506107ef9050565b610b748160050154826006018054610af3906113b6565b80601f0160208091040260200160405190810160405280929190818152602001828054610b1f906113b6565b8015610b6a5780601f10610b4157610100808354040283529160200191610b6a565b820191905f5260205f20905b815481529060010190602001808311610b4d57829003601f168201915b5050505050611044565b9695505050505050565b6001600160a01b0383165f9081526004602090815260408083208584529091528120805482905b80821015610c2a575f6002610bba8385611506565b610bc49190611519565b90508560015f868481548110610bdc57610bdc6114f2565b5f91825260208083209091015483528201929092526040019020546001600160401b03600160a01b909104161115610c1657809150610c24565b610c21816001611506565b92505b50610ba5565b815f03610c3c575f93505050506107ef565b5f83610c49600185611538565b81548110610c5957610c596114f2565b5f9182526020808320919091015480835260019182905260409092209081015460028201549293509091600160a01b9091046001600160401b031690600160401b900460ff168015610cb7575060028201546001600160401b031681115b15610ccc575060028101546001600160401b03165b808810610cd9575f610cdb565b825b9a9950505050505050505050565b610cf3813361105d565b50565b5f8381526001602090815260408083206002808201805468ffffffffffffffffff19166001600160401b034290811691909117600160401b17909155825460038085015460048601546001600160a01b03909316808a52918852868920818a52885286892089905582895293875285882084895290965284872096909655925191949293929091829084908a907f19527fc5c4fc3145c7437b7a3cfbfffeb43503c1e751137c0ed50a0e10d5463390610db890869033908b908f908f9061154b565b60405180910390a460018501546040516001600160401b038616815283916001600160a01b03868116929116907f7bc046ef9f2fccd4c99778d7e0fbed67ddb16e63e1a266894769de9516b8039a9060200160405180910390a45050505050505050565b5f610e2783836109ae565b610ea4575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610e5c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610387565b505f610387565b5f610eb683836109ae565b15610ea4575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610387565b600383015483546004850154600186015460058701546040516001600160a01b03808616958b957f785ee8473ede06056f41e474dd0abeabd35efe2a11a4bcb86b0d7bd9f778659495610f8c959194938116936001600160401b03600160a01b9485900481169490920490911691908c908c9061159f565b60405180910390a46003830154835460018501546005860154604080516020601f88018190048102820181019092528681526001600160a01b0394851694909316927f8c9f893548e8429f9352aba6698e6f4dca2e390604f6e8c5881a7a505d94ae50926110169290919089908990819084018382808284375f9201919091525061104492505050565b875460408051928352600160a01b9091046001600160401b031660208301520160405180910390a450505050565b5f8261105657815160208301206107ef565b5090919050565b61106782826109ae565b6104765760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610426565b5f602082840312156110a6575f5ffd5b81356001600160e01b0319811681146107ef575f5ffd5b80356001600160a01b03811681146110d3575f5ffd5b919050565b5f5f5f606084860312156110ea575f5ffd5b6110f3846110bd565b95602085013595506040909401359392505050565b5f60208284031215611118575f5ffd5b5035919050565b5f5f60408385031215611130575f5ffd5b611139836110bd565b946020939093013593505050565b5f5f60408385031215611158575f5ffd5b82359150611168602084016110bd565b90509250929050565b5f5f5f5f5f5f5f60c0888a031215611187575f5ffd5b611190886110bd565b9650602088013595506040880135945060608801356001600160401b03811681146111b9575f5ffd5b93506080880135925060a08801356001600160401b038111156111da575f5ffd5b8801601f81018a136111ea575f5ffd5b80356001600160401b038111156111ff575f5ffd5b8a6020828401011115611210575f5ffd5b602082019350809250505092959891949750929550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815261126f6020820183516001600160a01b03169052565b5f602083015161128a60408401826001600160401b03169052565b5060408301516001600160a01b03811660608401525060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015180151560c08401525060c083015160e083015260e083015161010083015261010083015161012083015261012083015161014080840152611314610160840182611227565b949350505050565b5f5f6040838503121561132d575f5ffd5b50508035926020909101359150565b5f5f5f6060848603121561134e575f5ffd5b611357846110bd565b9250611365602085016110bd565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161139b5761139b611376565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806113ca57607f821691505b6020821081036113e857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d757805f5260205f20601f840160051c810160208510156114135750805b601f840160051c820191505b81811015611432575f815560010161141f565b5050505050565b6001600160401b03831115611450576114506113a2565b6114648361145e83546113b6565b836113ee565b5f601f841160018114611495575f851561147e5750838201355b5f19600387901b1c1916600186901b178355611432565b5f83815260208120601f198716915b828110156114c457868501358255602094850194600190920191016114a4565b50868210156114e0575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561038757610387611376565b5f8261153357634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561038757610387611376565b8581526001600160a01b03851660208201526001600160401b038416604082015260a081016002841061158c57634e487b7160e01b5f52602160045260245ffd5b6060820193909352608001529392505050565b8781526001600160a01b03871660208201526001600160401b038681166040830152851660608201526080810184905260c060a082018190528101829052818360e08301375f81830160e090810191909152601f909201601f19160101969550505050505056fea264697066735822122025a1be96f323574d8e3bf3bf2279df1596aed4f531e6c1a1495b5ccdd6b9424e64736f6c634300081c0033";
        public CredentialRegistryDeploymentBase() : base(BYTECODE) { }
        public CredentialRegistryDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "admin", 1)]
        public virtual string Admin { get; set; }
    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class RegistrarRoleFunction : RegistrarRoleFunctionBase { }

    [Function("REGISTRAR_ROLE", "bytes32")]
    public class RegistrarRoleFunctionBase : FunctionMessage
    {

    }

    public partial class ActiveCredentialOfFunction : ActiveCredentialOfFunctionBase { }

    [Function("activeCredentialOf", "uint256")]
    public class ActiveCredentialOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
    }

    public partial class ActiveCredentialOfPersonFunction : ActiveCredentialOfPersonFunctionBase { }

    [Function("activeCredentialOfPerson", "uint256")]
    public class ActiveCredentialOfPersonFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "personKey", 1)]
        public virtual byte[] PersonKey { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
    }

    public partial class CredentialCountFunction : CredentialCountFunctionBase { }

    [Function("credentialCount", "uint256")]
    public class CredentialCountFunctionBase : FunctionMessage
    {

    }

    public partial class CredentialIdAtFunction : CredentialIdAtFunctionBase { }

    [Function("credentialIdAt", "uint256")]
    public class CredentialIdAtFunctionBase : FunctionMessage
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("uint256", "timestamp", 3)]
        public virtual BigInteger Timestamp { get; set; }
    }

    public partial class GetClaimFunction : GetClaimFunctionBase { }

    [Function("getClaim", "bytes32")]
    public class GetClaimFunctionBase : FunctionMessage
    {
        [Parameter("address", "issuer", 1)]
        public virtual string Issuer { get; set; }
        [Parameter("address", "subject", 2)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "key", 3)]
        public virtual byte[] Key { get; set; }
    }

    public partial class GetCredentialFunction : GetCredentialFunctionBase { }

    [Function("getCredential", typeof(GetCredentialOutputDTO))]
    public class GetCredentialFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "credentialId", 1)]
        public virtual BigInteger CredentialId { get; set; }
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

    public partial class HistoryAtFunction : HistoryAtFunctionBase { }

    [Function("historyAt", "uint256")]
    public class HistoryAtFunctionBase : FunctionMessage
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("uint256", "index", 3)]
        public virtual BigInteger Index { get; set; }
    }

    public partial class HistoryLengthFunction : HistoryLengthFunctionBase { }

    [Function("historyLength", "uint256")]
    public class HistoryLengthFunctionBase : FunctionMessage
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
    }

    public partial class IsValidFunction : IsValidFunctionBase { }

    [Function("isValid", "bool")]
    public class IsValidFunctionBase : FunctionMessage
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("uint256", "timestamp", 3)]
        public virtual BigInteger Timestamp { get; set; }
    }

    public partial class IssueFunction : IssueFunctionBase { }

    [Function("issue", "uint256")]
    public class IssueFunctionBase : FunctionMessage
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("bytes32", "personKey", 3)]
        public virtual byte[] PersonKey { get; set; }
        [Parameter("uint64", "expiresAt", 4)]
        public virtual ulong ExpiresAt { get; set; }
        [Parameter("bytes32", "dataHash", 5)]
        public virtual byte[] DataHash { get; set; }
        [Parameter("string", "uri", 6)]
        public virtual string Uri { get; set; }
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

    public partial class RevokeFunction : RevokeFunctionBase { }

    [Function("revoke")]
    public class RevokeFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "credentialId", 1)]
        public virtual BigInteger CredentialId { get; set; }
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

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class ValidCredentialAtFunction : ValidCredentialAtFunctionBase { }

    [Function("validCredentialAt", typeof(ValidCredentialAtOutputDTO))]
    public class ValidCredentialAtFunctionBase : FunctionMessage
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("uint256", "timestamp", 3)]
        public virtual BigInteger Timestamp { get; set; }
    }

    public partial class ClaimRemovedEventDTO : ClaimRemovedEventDTOBase { }

    [Event("ClaimRemoved")]
    public class ClaimRemovedEventDTOBase : IEventDTO
    {
        [Parameter("address", "issuer", 1, true )]
        public virtual string Issuer { get; set; }
        [Parameter("address", "subject", 2, true )]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "key", 3, true )]
        public virtual byte[] Key { get; set; }
        [Parameter("uint256", "removedAt", 4, false )]
        public virtual BigInteger RemovedAt { get; set; }
    }

    public partial class ClaimSetEventDTO : ClaimSetEventDTOBase { }

    [Event("ClaimSet")]
    public class ClaimSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "issuer", 1, true )]
        public virtual string Issuer { get; set; }
        [Parameter("address", "subject", 2, true )]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "key", 3, true )]
        public virtual byte[] Key { get; set; }
        [Parameter("bytes32", "value", 4, false )]
        public virtual byte[] Value { get; set; }
        [Parameter("uint256", "updatedAt", 5, false )]
        public virtual BigInteger UpdatedAt { get; set; }
    }

    public partial class CredentialIssuedEventDTO : CredentialIssuedEventDTOBase { }

    [Event("CredentialIssued")]
    public class CredentialIssuedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "credentialId", 1, true )]
        public virtual BigInteger CredentialId { get; set; }
        [Parameter("address", "subject", 2, true )]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 3, true )]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("bytes32", "personKey", 4, false )]
        public virtual byte[] PersonKey { get; set; }
        [Parameter("address", "issuer", 5, false )]
        public virtual string Issuer { get; set; }
        [Parameter("uint64", "issuedAt", 6, false )]
        public virtual ulong IssuedAt { get; set; }
        [Parameter("uint64", "expiresAt", 7, false )]
        public virtual ulong ExpiresAt { get; set; }
        [Parameter("bytes32", "dataHash", 8, false )]
        public virtual byte[] DataHash { get; set; }
        [Parameter("string", "uri", 9, false )]
        public virtual string Uri { get; set; }
    }

    public partial class CredentialRevokedEventDTO : CredentialRevokedEventDTOBase { }

    [Event("CredentialRevoked")]
    public class CredentialRevokedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "credentialId", 1, true )]
        public virtual BigInteger CredentialId { get; set; }
        [Parameter("address", "subject", 2, true )]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 3, true )]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("bytes32", "personKey", 4, false )]
        public virtual byte[] PersonKey { get; set; }
        [Parameter("address", "revokedBy", 5, false )]
        public virtual string RevokedBy { get; set; }
        [Parameter("uint64", "revokedAt", 6, false )]
        public virtual ulong RevokedAt { get; set; }
        [Parameter("uint8", "reason", 7, false )]
        public virtual byte Reason { get; set; }
        [Parameter("uint256", "supersededBy", 8, false )]
        public virtual BigInteger SupersededBy { get; set; }
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

    public partial class CredentialRegistryAlreadyRevokedError : CredentialRegistryAlreadyRevokedErrorBase { }

    [Error("CredentialRegistryAlreadyRevoked")]
    public class CredentialRegistryAlreadyRevokedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "credentialId", 1)]
        public virtual BigInteger CredentialId { get; set; }
    }

    public partial class CredentialRegistryExpiryNotInFutureError : CredentialRegistryExpiryNotInFutureErrorBase { }

    [Error("CredentialRegistryExpiryNotInFuture")]
    public class CredentialRegistryExpiryNotInFutureErrorBase : IErrorDTO
    {
        [Parameter("uint64", "expiresAt", 1)]
        public virtual ulong ExpiresAt { get; set; }
        [Parameter("uint256", "now", 2)]
        public virtual BigInteger Now { get; set; }
    }

    public partial class CredentialRegistryMissingDataError : CredentialRegistryMissingDataErrorBase { }
    [Error("CredentialRegistryMissingData")]
    public class CredentialRegistryMissingDataErrorBase : IErrorDTO
    {
    }

    public partial class CredentialRegistrySubjectBoundToOtherPersonError : CredentialRegistrySubjectBoundToOtherPersonErrorBase { }

    [Error("CredentialRegistrySubjectBoundToOtherPerson")]
    public class CredentialRegistrySubjectBoundToOtherPersonErrorBase : IErrorDTO
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("uint256", "credentialId", 3)]
        public virtual BigInteger CredentialId { get; set; }
    }

    public partial class CredentialRegistryUnknownCredentialError : CredentialRegistryUnknownCredentialErrorBase { }

    [Error("CredentialRegistryUnknownCredential")]
    public class CredentialRegistryUnknownCredentialErrorBase : IErrorDTO
    {
        [Parameter("uint256", "credentialId", 1)]
        public virtual BigInteger CredentialId { get; set; }
    }

    public partial class CredentialRegistryZeroAdminError : CredentialRegistryZeroAdminErrorBase { }
    [Error("CredentialRegistryZeroAdmin")]
    public class CredentialRegistryZeroAdminErrorBase : IErrorDTO
    {
    }

    public partial class CredentialRegistryZeroPersonKeyError : CredentialRegistryZeroPersonKeyErrorBase { }
    [Error("CredentialRegistryZeroPersonKey")]
    public class CredentialRegistryZeroPersonKeyErrorBase : IErrorDTO
    {
    }

    public partial class CredentialRegistryZeroSubjectError : CredentialRegistryZeroSubjectErrorBase { }
    [Error("CredentialRegistryZeroSubject")]
    public class CredentialRegistryZeroSubjectErrorBase : IErrorDTO
    {
    }

    public partial class CredentialRegistryZeroTypeError : CredentialRegistryZeroTypeErrorBase { }
    [Error("CredentialRegistryZeroType")]
    public class CredentialRegistryZeroTypeErrorBase : IErrorDTO
    {
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class RegistrarRoleOutputDTO : RegistrarRoleOutputDTOBase { }

    [FunctionOutput]
    public class RegistrarRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class ActiveCredentialOfOutputDTO : ActiveCredentialOfOutputDTOBase { }

    [FunctionOutput]
    public class ActiveCredentialOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ActiveCredentialOfPersonOutputDTO : ActiveCredentialOfPersonOutputDTOBase { }

    [FunctionOutput]
    public class ActiveCredentialOfPersonOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CredentialCountOutputDTO : CredentialCountOutputDTOBase { }

    [FunctionOutput]
    public class CredentialCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CredentialIdAtOutputDTO : CredentialIdAtOutputDTOBase { }

    [FunctionOutput]
    public class CredentialIdAtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "credentialId", 1)]
        public virtual BigInteger CredentialId { get; set; }
    }

    public partial class GetClaimOutputDTO : GetClaimOutputDTOBase { }

    [FunctionOutput]
    public class GetClaimOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "value", 1)]
        public virtual byte[] Value { get; set; }
    }

    public partial class GetCredentialOutputDTO : GetCredentialOutputDTOBase { }

    [FunctionOutput]
    public class GetCredentialOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Credential ReturnValue1 { get; set; }
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

    public partial class HistoryAtOutputDTO : HistoryAtOutputDTOBase { }

    [FunctionOutput]
    public class HistoryAtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class HistoryLengthOutputDTO : HistoryLengthOutputDTOBase { }

    [FunctionOutput]
    public class HistoryLengthOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class IsValidOutputDTO : IsValidOutputDTOBase { }

    [FunctionOutput]
    public class IsValidOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }









    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class ValidCredentialAtOutputDTO : ValidCredentialAtOutputDTOBase { }

    [FunctionOutput]
    public class ValidCredentialAtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "valid", 1)]
        public virtual bool Valid { get; set; }
        [Parameter("bytes32", "personKey", 2)]
        public virtual byte[] PersonKey { get; set; }
    }
}
