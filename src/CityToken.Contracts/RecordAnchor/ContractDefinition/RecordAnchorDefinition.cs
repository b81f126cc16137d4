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

namespace CityToken.Contracts.RecordAnchor.ContractDefinition
{


    public partial class RecordAnchorDeployment : RecordAnchorDeploymentBase
    {
        public RecordAnchorDeployment() : base(BYTECODE) { }
        public RecordAnchorDeployment(string byteCode) : base(byteCode) { }
    }

    public class RecordAnchorDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "608060405234801561000f575f5ffd5b50604051610acb380380610acb83398101604081905261002e9161013a565b6001600160a01b038116610055576040516322d6e45760e01b815260040160405180910390fd5b61005f5f82610091565b5061008a7f08b5ce2e3163e37059f807346dad4dd6235ed44f92dced22992662cb4570636282610091565b5050610167565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610131575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610134565b505f5b92915050565b5f6020828403121561014a575f5ffd5b81516001600160a01b0381168114610160575f5ffd5b9392505050565b610957806101745f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80634f0b580111610088578063a217fddf11610063578063a217fddf14610209578063cf4ff90114610210578063d547741f146102bc578063fd5f48c5146102cf575f5ffd5b80634f0b5801146101b85780638f5bae2e146101e357806391d14854146101f6575f5ffd5b80633423e548116100c35780633423e5481461015657806334f96c8c1461018957806336568abe146101925780634ee876dd146101a5575f5ffd5b806301ffc9a7146100e9578063248a9ca3146101115780632f2ff15d14610141575b5f5ffd5b6100fc6100f73660046107f7565b6102f6565b60405190151581526020015b60405180910390f35b61013361011f36600461081e565b5f9081526020819052604090206001015490565b604051908152602001610108565b61015461014f366004610835565b61032c565b005b61016961016436600461086e565b610356565b60408051921515835267ffffffffffffffff909116602083015201610108565b61013360025481565b6101546101a0366004610835565b6103c2565b6101336101b336600461081e565b6103fa565b6100fc6101c636600461081e565b5f9081526001602052604090205467ffffffffffffffff16151590565b6101546101f13660046108ed565b610448565b6100fc610204366004610835565b6105e2565b6101335f81565b61028261021e36600461081e565b60408051606080820183525f80835260208084018290529284018190529384526001825292829020825193840183525467ffffffffffffffff8082168552600160401b82041691840191909152600160801b90046001600160801b03169082015290565b60408051825167ffffffffffffffff908116825260208085015190911690820152918101516001600160801b031690820152606001610108565b6101546102ca366004610835565b61060a565b6101337f08b5ce2e3163e37059f807346dad4dd6235ed44f92dced22992662cb4570636281565b5f6001600160e01b03198216637965db0b60e01b148061032657506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546103468161062e565b610350838361063b565b50505050565b5f848152600160205260408120805482919067ffffffffffffffff16158061038f575061038d8585896103888a6103fa565b6106ca565b155b156103a0575f5f92509250506103b9565b5460019250600160401b900467ffffffffffffffff1690505b94509492505050565b6001600160a01b03811633146103eb5760405163334bd91960e11b815260040160405180910390fd5b6103f582826106e1565b505050565b5f8160405160200161040e91815260200190565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050919050565b7f08b5ce2e3163e37059f807346dad4dd6235ed44f92dced22992662cb457063626104728161062e565b826104905760405163290327cf60e21b815260040160405180910390fd5b8115806104a357506001600160801b0382115b156104c957604051638ab705db60e01b8152600481018390526024015b60405180910390fd5b5f838152600160205260409020805467ffffffffffffffff1615610516578054604051634f7d2a2d60e01b81526004810186905267ffffffffffffffff90911660248201526044016104c0565b6040805160608101825267ffffffffffffffff438116825242811660208084019182526001600160801b038089168587019081525f8b815260019384905287902095518654945191518316600160801b02918616600160401b026fffffffffffffffffffffffffffffffff1990951695169490941792909217909116919091179091556002805490910190555184907ffde54488b5523b3abf19b99976dd0e2c531fbcd233d0eb682c96c3a18cf6b3c1906105d49086815260200190565b60405180910390a250505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f828152602081905260409020600101546106248161062e565b61035083836106e1565b610638813361074a565b50565b5f61064683836105e2565b6106c3575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561067b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610326565b505f610326565b5f826106d7868685610787565b1495945050505050565b5f6106ec83836105e2565b156106c3575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610326565b61075482826105e2565b6107835760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104c0565b5050565b5f81815b848110156107bf576107b5828787848181106107a9576107a961090d565b905060200201356107c8565b915060010161078b565b50949350505050565b5f8183106107e2575f8281526020849052604090206107f0565b5f8381526020839052604090205b9392505050565b5f60208284031215610807575f5ffd5b81356001600160e01b0319811681146107f0575f5ffd5b5f6020828403121561082e575f5ffd5b5035919050565b5f5f60408385031215610846575f5ffd5b8235915060208301356001600160a01b0381168114610863575f5ffd5b809150509250929050565b5f5f5f5f60608587031215610881575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156108a5575f5ffd5b8501601f810187136108b5575f5ffd5b803567ffffffffffffffff8111156108cb575f5ffd5b8760208260051b84010111156108df575f5ffd5b949793965060200194505050565b5f5f604083850312156108fe575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220d4be3a6f466edae5e88122faaef50c667bda5c161e3ec3842cc02aa0a812fa1164736f6c634300081c0033";
        public RecordAnchorDeploymentBase() : base(BYTECODE) { }
        public RecordAnchorDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "admin", 1)]
        public virtual string Admin { get; set; }
    }

    public partial class AnchorRoleFunction : AnchorRoleFunctionBase { }

    [Function("ANCHOR_ROLE", "bytes32")]
    public class AnchorRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class AnchorFunction : AnchorFunctionBase { }

    [Function("anchor")]
    public class AnchorFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "root", 1)]
        public virtual byte[] Root { get; set; }
        [Parameter("uint256", "count", 2)]
        public virtual BigInteger Count { get; set; }
    }

    public partial class AnchorCountFunction : AnchorCountFunctionBase { }

    [Function("anchorCount", "uint256")]
    public class AnchorCountFunctionBase : FunctionMessage
    {

    }

    public partial class AnchorOfFunction : AnchorOfFunctionBase { }

    [Function("anchorOf", typeof(AnchorOfOutputDTO))]
    public class AnchorOfFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "root", 1)]
        public virtual byte[] Root { get; set; }
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

    public partial class IsAnchoredFunction : IsAnchoredFunctionBase { }

    [Function("isAnchored", "bool")]
    public class IsAnchoredFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "root", 1)]
        public virtual byte[] Root { get; set; }
    }

    public partial class LeafOfFunction : LeafOfFunctionBase { }

    [Function("leafOf", "bytes32")]
    public class LeafOfFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "hash", 1)]
        public virtual byte[] Hash { get; set; }
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

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class VerifyFunction : VerifyFunctionBase { }

    [Function("verify", typeof(VerifyOutputDTO))]
    public class VerifyFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "root", 1)]
        public virtual byte[] Root { get; set; }
        [Parameter("bytes32", "hash", 2)]
        public virtual byte[] Hash { get; set; }
        [Parameter("bytes32[]", "proof", 3)]
        public virtual List<byte[]> Proof { get; set; }
    }

    public partial class AnchoredEventDTO : AnchoredEventDTOBase { }

    [Event("Anchored")]
    public class AnchoredEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "root", 1, true )]
        public virtual byte[] Root { get; set; }
        [Parameter("uint256", "count", 2, false )]
        public virtual BigInteger Count { get; set; }
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

    public partial class RecordAnchorAlreadyAnchoredError : RecordAnchorAlreadyAnchoredErrorBase { }

    [Error("RecordAnchorAlreadyAnchored")]
    public class RecordAnchorAlreadyAnchoredErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "root", 1)]
        public virtual byte[] Root { get; set; }
        [Parameter("uint64", "blockNumber", 2)]
        public virtual ulong BlockNumber { get; set; }
    }

    public partial class RecordAnchorInvalidCountError : RecordAnchorInvalidCountErrorBase { }

    [Error("RecordAnchorInvalidCount")]
    public class RecordAnchorInvalidCountErrorBase : IErrorDTO
    {
        [Parameter("uint256", "count", 1)]
        public virtual BigInteger Count { get; set; }
    }

    public partial class RecordAnchorZeroAddressError : RecordAnchorZeroAddressErrorBase { }
    [Error("RecordAnchorZeroAddress")]
    public class RecordAnchorZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class RecordAnchorZeroRootError : RecordAnchorZeroRootErrorBase { }
    [Error("RecordAnchorZeroRoot")]
    public class RecordAnchorZeroRootErrorBase : IErrorDTO
    {
    }

    public partial class AnchorRoleOutputDTO : AnchorRoleOutputDTOBase { }

    [FunctionOutput]
    public class AnchorRoleOutputDTOBase : IFunctionOutputDTO 
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



    public partial class AnchorCountOutputDTO : AnchorCountOutputDTOBase { }

    [FunctionOutput]
    public class AnchorCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class AnchorOfOutputDTO : AnchorOfOutputDTOBase { }

    [FunctionOutput]
    public class AnchorOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Anchor ReturnValue1 { get; set; }
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

    public partial class IsAnchoredOutputDTO : IsAnchoredOutputDTOBase { }

    [FunctionOutput]
    public class IsAnchoredOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class LeafOfOutputDTO : LeafOfOutputDTOBase { }

    [FunctionOutput]
    public class LeafOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }





    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class VerifyOutputDTO : VerifyOutputDTOBase { }

    [FunctionOutput]
    public class VerifyOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "ok", 1)]
        public virtual bool Ok { get; set; }
        [Parameter("uint64", "timestamp", 2)]
        public virtual ulong Timestamp { get; set; }
    }
}
