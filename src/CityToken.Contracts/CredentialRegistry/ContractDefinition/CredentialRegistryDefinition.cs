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
        public static string BYTECODE = "608060405234801561000f575f5ffd5b506040516118ea3803806118ea83398101604081905261002e9161010f565b6001600160a01b0381166100555760405163a8f23c6b60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b6117a1806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80638dd18d2d116100b4578063c7f8579611610079578063c7f85796146102e3578063cd0e35b914610315578063d547741f1461031d578063dc27127314610330578063e1661eff1461035a578063f68e95531461036d575f5ffd5b80638dd18d2d1461028357806391d14854146102a3578063a217fddf146102b6578063c51a4649146102bd578063c5e5297f146102d0575f5ffd5b80632f2ff15d116100fa5780632f2ff15d1461020257806336568abe1461021557806344f346591461022857806358e14f531461023b5780637eb66ac914610270575f5ffd5b806301ffc9a714610136578063047ad4901461015e57806320c5429b146101885780632419d0e31461019d578063248a9ca3146101e0575b5f5ffd5b6101496101443660046111c4565b610394565b60405190151581526020015b60405180910390f35b61017161016c366004611206565b6103ca565b604080519215158352602083019190915201610155565b61019b610196366004611236565b61040e565b005b6101d26101ab36600461124d565b6001600160a01b03919091165f908152600360209081526040808320938352929052205490565b604051908152602001610155565b6101d26101ee366004611236565b5f9081526020819052604090206001015490565b61019b610210366004611275565b6104b7565b61019b610223366004611275565b6104e1565b6101d261023636600461129f565b610519565b6101d261024936600461124d565b6001600160a01b03919091165f908152600460209081526040808320938352929052205490565b6101d261027e366004611206565b61081d565b610296610291366004611236565b610833565b60405161015591906113b7565b6101496102b1366004611275565b610a20565b6101d25f81565b6101496102cb366004611206565b610a48565b6101d26102de366004611206565b610a5e565b6102f66102f1366004611206565b610aa4565b6040805193151584526020840192909252151590820152606001610155565b6005546101d2565b61019b61032b366004611275565b610b2e565b6101d261033e366004611493565b5f91825260026020908152604080842092845291905290205490565b6101d26103683660046114b3565b610b52565b6101d27fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b5f6001600160e01b03198216637965db0b60e01b14806103c457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f6103d8868686610c7a565b905080156103fe575f908152600160208190526040909120600401549092509050610406565b505f91508190505b935093915050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861043881610de5565b811580610446575060055482115b1561046c5760405163b96a6caf60e01b8152600481018390526024015b60405180910390fd5b5f82815260016020526040902060020154600160401b900460ff16156104a85760405163456f4c8560e01b815260048101839052602401610463565b6104b3825f5f610df2565b5050565b5f828152602081905260409020600101546104d181610de5565b6104db8383610f4a565b50505050565b6001600160a01b038116331461050a5760405163334bd91960e11b815260040160405180910390fd5b6105148282610fd9565b505050565b5f7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861054481610de5565b6001600160a01b03891661056b5760405163b59ce7a160e01b815260040160405180910390fd5b8761058857604051629ab96160e11b815260040160405180910390fd5b866105a65760405163b62abe7160e01b815260040160405180910390fd5b841580156105b2575082155b156105d057604051637d9790c360e11b815260040160405180910390fd5b42866001600160401b03161161060a5760405163b6d319e960e01b81526001600160401b0387166004820152426024820152604401610463565b6001600160a01b0389165f9081526003602090815260408083208b8452909152902054801580159061064c57505f818152600160205260409020600401548814155b1561068357604051634c0e37d560e01b81526001600160a01b038b166004820152602481018a905260448101829052606401610463565b60055f815461069190611501565b91829055505f8981526002602090815260408083208d845290915290205490935080156106c4576106c481600186610df2565b5f60015f8681526020019081526020015f2090508b815f015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555042815f0160146101000a8154816001600160401b0302191690836001600160401b0316021790555033816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550888160010160146101000a8154816001600160401b0302191690836001600160401b031602179055508a816003018190555089816004018190555087816005018190555086868260060191826107a69291906115b0565b505f8a81526002602090815260408083208e845282528083208890556001600160a01b038f16808452600383528184208f855283528184208990558352600482528083208e845282528220805460018101825590835291200185905561080e85828989611042565b50505050979650505050505050565b5f610829848484610c7a565b90505b9392505050565b61088c60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a081018290529060c082019081526020015f81526020015f81526020015f8152602001606081525090565b81158061089a575060055482115b156108bb5760405163b96a6caf60e01b815260048101839052602401610463565b5f8281526001602081815260409283902083516101608101855281546001600160a01b0380821683526001600160401b03600160a01b928390048116958401959095528386015490811696830196909652909404821660608501526002810154918216608085015260ff600160401b83048116151560a0860152909260c0850192600160481b90049091169081111561095657610956611355565b600181111561096757610967611355565b81526020016003820154815260200160048201548152602001600582015481526020016006820180546109999061152d565b80601f01602080910402602001604051908101604052809291908181526020018280546109c59061152d565b8015610a105780601f106109e757610100808354040283529160200191610a10565b820191905f5260205f20905b8154815290600101906020018083116109f357829003601f168201915b5050505050815250509050919050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610a54848484610c7a565b1515949350505050565b6001600160a01b0383165f9081526004602090815260408083208584529091528120805483908110610a9257610a92611669565b905f5260205f20015490509392505050565b5f5f5f5f610ab3878787610c7a565b9050805f03610acb57505f9250829150819050610b25565b5f81815260016020819052604090912060048101546002820154919291600160401b900460ff168015610b1c57505f6002840154600160481b900460ff166001811115610b1a57610b1a611355565b145b94509450945050505b93509350939050565b5f82815260208190526040902060010154610b4881610de5565b6104db8383610fd9565b6001600160a01b0382165f908152600360209081526040808320848452909152812054808203610b8557505f905061082c565b5f818152600160208190526040909120908101546001600160a01b038781169116141580610bc85750600181015442600160a01b9091046001600160401b031611155b15610bd857505f915061082c9050565b610c708160050154826006018054610bef9061152d565b80601f0160208091040260200160405190810160405280929190818152602001828054610c1b9061152d565b8015610c665780601f10610c3d57610100808354040283529160200191610c66565b820191905f5260205f20905b815481529060010190602001808311610c4957829003601f168201915b5050505050611172565b9695505050505050565b6001600160a01b0383165f9081526004602090815260408083208584529091528120805482905b80821015610d26575f6002610cb6838561167d565b610cc09190611690565b90508560015f868481548110610cd857610cd8611669565b5f91825260208083209091015483528201929092526040019020546001600160401b03600160a01b909104161115610d1257809150610d20565b610d1d81600161167d565b92505b50610ca1565b815f03610d38575f935050505061082c565b5f83610d456001856116af565b81548110610d5557610d55611669565b5f9182526020808320919091015480835260019182905260409092209081015460028201549293509091600160a01b9091046001600160401b031690600160401b900460ff168015610db3575060028201546001600160401b031681115b15610dc8575060028101546001600160401b03165b808810610dd5575f610dd7565b825b9a9950505050505050505050565b610def813361118b565b50565b5f83815260016020819052604090912060028101805468ffffffffffffffffff19166001600160401b034290811691909117600160401b178083559293909286929169ff0000000000000000001990911690600160481b908490811115610e5b57610e5b611355565b0217905550815460038084015460048501546001600160a01b039093165f8181526020938452604080822084835285528082208290558582526002855280822084835290945283812055915191929091829084908a907f19527fc5c4fc3145c7437b7a3cfbfffeb43503c1e751137c0ed50a0e10d5463390610ee690869033908b908f908f906116c2565b60405180910390a460018501546040516001600160401b038616815283916001600160a01b03868116929116907f7bc046ef9f2fccd4c99778d7e0fbed67ddb16e63e1a266894769de9516b8039a9060200160405180910390a45050505050505050565b5f610f558383610a20565b610fd2575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f8a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103c4565b505f6103c4565b5f610fe48383610a20565b15610fd2575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103c4565b600383015483546004850154600186015460058701546040516001600160a01b03808616958b957f785ee8473ede06056f41e474dd0abeabd35efe2a11a4bcb86b0d7bd9f7786594956110ba959194938116936001600160401b03600160a01b9485900481169490920490911691908c908c90611704565b60405180910390a46003830154835460018501546005860154604080516020601f88018190048102820181019092528681526001600160a01b0394851694909316927f8c9f893548e8429f9352aba6698e6f4dca2e390604f6e8c5881a7a505d94ae50926111449290919089908990819084018382808284375f9201919091525061117292505050565b875460408051928352600160a01b9091046001600160401b031660208301520160405180910390a450505050565b5f82611184578151602083012061082c565b5090919050565b6111958282610a20565b6104b35760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610463565b5f602082840312156111d4575f5ffd5b81356001600160e01b03198116811461082c575f5ffd5b80356001600160a01b0381168114611201575f5ffd5b919050565b5f5f5f60608486031215611218575f5ffd5b611221846111eb565b95602085013595506040909401359392505050565b5f60208284031215611246575f5ffd5b5035919050565b5f5f6040838503121561125e575f5ffd5b611267836111eb565b946020939093013593505050565b5f5f60408385031215611286575f5ffd5b82359150611296602084016111eb565b90509250929050565b5f5f5f5f5f5f5f60c0888a0312156112b5575f5ffd5b6112be886111eb565b9650602088013595506040880135945060608801356001600160401b03811681146112e7575f5ffd5b93506080880135925060a08801356001600160401b03811115611308575f5ffd5b8801601f81018a13611318575f5ffd5b80356001600160401b0381111561132d575f5ffd5b8a602082840101111561133e575f5ffd5b602082019350809250505092959891949750929550565b634e487b7160e01b5f52602160045260245ffd5b6002811061138557634e487b7160e01b5f52602160045260245ffd5b9052565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526113d16020820183516001600160a01b03169052565b5f60208301516113ec60408401826001600160401b03169052565b5060408301516001600160a01b03811660608401525060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015180151560c08401525060c083015161144c60e0840182611369565b5060e08301516101008301526101008301516101208301526101208301516101408301526101408301516101608084015261148b610180840182611389565b949350505050565b5f5f604083850312156114a4575f5ffd5b50508035926020909101359150565b5f5f5f606084860312156114c5575f5ffd5b6114ce846111eb565b92506114dc602085016111eb565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b5f60018201611512576115126114ed565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061154157607f821691505b60208210810361155f57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561051457805f5260205f20601f840160051c8101602085101561158a5750805b601f840160051c820191505b818110156115a9575f8155600101611596565b5050505050565b6001600160401b038311156115c7576115c7611519565b6115db836115d5835461152d565b83611565565b5f601f84116001811461160c575f85156115f55750838201355b5f19600387901b1c1916600186901b1783556115a9565b5f83815260208120601f198716915b8281101561163b578685013582556020948501946001909201910161161b565b5086821015611657575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156103c4576103c46114ed565b5f826116aa57634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156103c4576103c46114ed565b8581526001600160a01b03851660208201526001600160401b038416604082015260a081016116f46060830185611369565b8260808301529695505050505050565b8781526001600160a01b03871660208201526001600160401b038681166040830152851660608201526080810184905260c060a082018190528101829052818360e08301375f81830160e090810191909152601f909201601f19160101969550505050505056fea264697066735822122040e75bb7e3d62123068016ca1d7b985d4b2f6a07c56de70b54401e131d9e4b4064736f6c634300081c0033";
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

    public partial class CredentialStandingAtFunction : CredentialStandingAtFunctionBase { }

    [Function("credentialStandingAt", typeof(CredentialStandingAtOutputDTO))]
    public class CredentialStandingAtFunctionBase : FunctionMessage
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

    public partial class CredentialStandingAtOutputDTO : CredentialStandingAtOutputDTOBase { }

    [FunctionOutput]
    public class CredentialStandingAtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "valid", 1)]
        public virtual bool Valid { get; set; }
        [Parameter("bytes32", "personKey", 2)]
        public virtual byte[] PersonKey { get; set; }
        [Parameter("bool", "revokedByRegistrar", 3)]
        public virtual bool RevokedByRegistrar { get; set; }
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
