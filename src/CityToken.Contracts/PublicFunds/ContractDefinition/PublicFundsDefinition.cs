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

namespace CityToken.Contracts.PublicFunds.ContractDefinition
{


    public partial class PublicFundsDeployment : PublicFundsDeploymentBase
    {
        public PublicFundsDeployment() : base(BYTECODE) { }
        public PublicFundsDeployment(string byteCode) : base(byteCode) { }
    }

    public class PublicFundsDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "608060405234801561000f575f5ffd5b5060405161198938038061198983398101604081905261002e9161013a565b6001600160a01b03811661005557604051631fab89c960e21b815260040160405180910390fd5b61005f5f82610091565b5061008a7f486791d630e8d338d40899bf05614d812e9c5b87fd1c35dcf0d297111b740a8182610091565b5050610167565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610131575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610134565b505f5b92915050565b5f6020828403121561014a575f5ffd5b81516001600160a01b0381168114610160575f5ffd5b9392505050565b611815806101745f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806392f9973d116100bf578063d547741f11610079578063d547741f146102e7578063d6833693146102fa578063e1ff773f1461031a578063f0f3f2c814610341578063f2c410ca14610361578063f6203c2414610374575f5ffd5b806392f9973d1461026d578063a217fddf14610280578063a2b1cfbb14610287578063b759f954146102ae578063b8adaa11146102c1578063cf53b3bb146102d4575f5ffd5b806336fbad261161011057806336fbad26146101fd57806355e6ab8c146102055780637600d7d61461022c5780637a1b2f781461023f5780638c4f74911461024757806391d148541461025a575f5ffd5b806301ffc9a7146101575780630361bf141461017f5780631b045760146101a0578063248a9ca3146101b35780632f2ff15d146101d557806336568abe146101ea575b5f5ffd5b61016a6101653660046111c2565b610388565b60405190151581526020015b60405180910390f35b61019261018d3660046111e9565b6103be565b604051908152602001610176565b6101926101ae366004611229565b6103e4565b6101926101c13660046111e9565b5f9081526020819052604090206001015490565b6101e86101e3366004611273565b610429565b005b6101e86101f8366004611273565b610453565b600354610192565b6101927f93d660c33465d9f728ad854a599c6d02f8f7a1caf59cd1aac673fc24152807dd81565b6101e861023a36600461129d565b61048b565b600454610192565b6101926102553660046112bd565b6104b5565b61016a610268366004611273565b6104e5565b61019261027b366004611313565b61050d565b6101925f81565b6101927f9324da6dc87b79993fd89b46ec2601d7594804b9296184ada0f3572476bce04a81565b6101e86102bc3660046111e9565b610712565b6101e86102cf3660046111e9565b61074d565b61016a6102e23660046113ab565b610780565b6101e86102f5366004611273565b610881565b61030d6103083660046111e9565b6108a5565b6040516101769190611479565b6101927f486791d630e8d338d40899bf05614d812e9c5b87fd1c35dcf0d297111b740a8181565b61035461034f3660046111e9565b6109e9565b60405161017691906114ea565b6101e861036f36600461129d565b610b4a565b6101925f5160206117c05f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b14806103b857506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f81815260016020819052604082209081015481546103dd919061156c565b9392505050565b5f7f9324da6dc87b79993fd89b46ec2601d7594804b9296184ada0f3572476bce04a61040f81610b6d565b61041e335b8888888888610b7a565b979650505050505050565b5f8281526020819052604090206001015461044381610b6d565b61044d8383610dde565b50505050565b6001600160a01b038116331461047c5760405163334bd91960e11b815260040160405180910390fd5b6104868282610e6d565b505050565b5f5160206117c05f395f51905f526104a281610b6d565b6104866104ae84610ed6565b835f610f02565b5f5f5160206117c05f395f51905f526104cd81610b6d565b6104d961041489610ed6565b98975050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f7f486791d630e8d338d40899bf05614d812e9c5b87fd1c35dcf0d297111b740a8161053881610b6d565b865f03610558576040516314e2c24f60e01b815260040160405180910390fd5b5f5b60038110156105ed57604160f81b87826003811061057a5761057a61157f565b1a60f81b6001600160f81b03191610806105b65750602d60f91b8782600381106105a6576105a661157f565b1a60f81b6001600160f81b031916115b156105e557604051638176946f60e01b81526001600160e81b0319881660048201526024015b60405180910390fd5b60010161055a565b5060035f81546105fc90611593565b91905081905591506040518060a001604052808881526020015f8152602001876001600160e81b031916815260200184815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939094525050848152600160208181526040928390208551815590850151918101919091559083015160028201805462ffffff191660e89290921c91909117905560608301516003820155608083015190915060048201906106c49082611642565b50905050817f813e0e444b64456f3a36682dbf10de68e6152db9bf4712193aa4ac08d540a40588888689896040516107009594939291906116fd565b60405180910390a25095945050505050565b7f93d660c33465d9f728ad854a599c6d02f8f7a1caf59cd1aac673fc24152807dd61073c81610b6d565b610749335b836001610f02565b5050565b7f93d660c33465d9f728ad854a599c6d02f8f7a1caf59cd1aac673fc24152807dd61077781610b6d565b610749336104ae565b5f868152600260205260408120816002820154600160a81b900460ff1660038111156107ae576107ae611441565b036107cf5760405163774ddd7160e01b8152600481018990526024016105dc565b60036002820154600160a01b900460ff1660048111156107f1576107f1611441565b1461081257604051633c557a6760e21b8152600481018990526024016105dc565b6040805160208101899052908101879052606081018690525f9060800160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506108748585846003015484611108565b9998505050505050505050565b5f8281526020819052604090206001015461089b81610b6d565b61044d8383610e6d565b6108e860408051610100810182525f8082526020820181905291810182905290606082019081526020015f81526020015f81526020015f81526020015f81525090565b8115806108f6575060045482115b156109175760405163774ddd7160e01b8152600481018390526024016105dc565b5f8281526002602081815260409283902083516101008101855281548152600182015492810192909252918201546001600160a01b03811693820193909352916060830190600160a01b900460ff16600481111561097757610977611441565b600481111561098857610988611441565b81526020016002820160159054906101000a900460ff1660038111156109b0576109b0611441565b60038111156109c1576109c1611441565b8152600382015460208201526004820154604082015260059091015460609091015292915050565b610a216040518060a001604052805f81526020015f81526020015f6001600160e81b03191681526020015f8152602001606081525090565b811580610a2f575060035482115b15610a5057604051633733a8eb60e11b8152600481018390526024016105dc565b60015f8381526020019081526020015f206040518060a00160405290815f820154815260200160018201548152602001600282015f9054906101000a900460e81b6001600160e81b0319166001600160e81b031916815260200160038201548152602001600482018054610ac3906115bf565b80601f0160208091040260200160405190810160405280929190818152602001828054610aef906115bf565b8015610b3a5780601f10610b1157610100808354040283529160200191610b3a565b820191905f5260205f20905b815481529060010190602001808311610b1d57829003601f168201915b5050505050815250509050919050565b5f5160206117c05f395f51905f52610b6181610b6d565b61048661074184610ed6565b610b77813361111f565b50565b5f851580610b89575060035486115b15610baa57604051633733a8eb60e11b8152600481018790526024016105dc565b835f03610bca576040516324ce13cf60e11b815260040160405180910390fd5b81610be857604051639971a24960e01b815260040160405180910390fd5b6001600160a01b038516156003846004811115610c0757610c07611441565b1414610c2a57848360405163760b720960e11b81526004016105dc929190611748565b5f610c34876103be565b905080851115610c6857604051636089446f60e11b81526004810188905260248101869052604481018290526064016105dc565b60045f8154610c7690611593565b9190508190559150604051806101000160405280888152602001868152602001876001600160a01b03168152602001856004811115610cb757610cb7611441565b815260200160018152602080820186905260408083018c90525f6060938401819052868152600280845290829020855181559285015160018401559084015190820180546001600160a01b039092166001600160a01b031983168117825593850151929390916001600160a81b03191617600160a01b836004811115610d3f57610d3f611441565b0217905550608082015160028201805460ff60a81b1916600160a81b836003811115610d6d57610d6d611441565b021790555060a0820151816003015560c0820151816004015560e082015181600501559050508787837faa33999034a3a8e34d7bf3850eba8caa515746438ac116d645cf7cdfd4b3347989898989604051610dcb9493929190611765565b60405180910390a4509695505050505050565b5f610de983836104e5565b610e66575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610e1e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103b8565b505f6103b8565b5f610e7883836104e5565b15610e66575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103b8565b5f60a082901c8103610efe576040516397a986e960e01b8152600481018390526024016105dc565b5090565b5f828152600260205260408120906002820154600160a81b900460ff166003811115610f3057610f30611441565b03610f515760405163774ddd7160e01b8152600481018490526024016105dc565b60016002820154600160a81b900460ff166003811115610f7357610f73611441565b14610fa657828160020160159054906101000a900460ff1660405163c3f2fb3360e01b81526004016105dc929190611798565b83816004015403610fd457604051631ef1247b60e21b815260048101849052602481018590526044016105dc565b600581018490558161102a5760028101805460ff60a81b1916600360a81b179055805460405185919085907fc85783e85b2c94dacc2e62ec72a1ecff64da8a2a6d870bd5e86de3910c7a6332905f90a450505050565b80545f908152600160208190526040822090810154815491929161104e919061156c565b9050808360010154111561108c5782546001840154604051636089446f60e11b815260048101929092526024820152604481018290526064016105dc565b6002838101805460ff60a81b1916600160a81b8302179055508260010154826001015f8282546110bc91906117ac565b90915550508254600184015460405190815287919087907f6e66b6f3d56ac6994433f5e1d63d94d8fe58f385a34305d3d5659bee1f8879689060200160405180910390a4505050505050565b5f82611115868685611158565b1495945050505050565b61112982826104e5565b6107495760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105dc565b5f81815b84811015611190576111868287878481811061117a5761117a61157f565b90506020020135611199565b915060010161115c565b50949350505050565b5f8183106111b3575f8281526020849052604090206103dd565b505f9182526020526040902090565b5f602082840312156111d2575f5ffd5b81356001600160e01b0319811681146103dd575f5ffd5b5f602082840312156111f9575f5ffd5b5035919050565b80356001600160a01b0381168114611216575f5ffd5b919050565b803560058110611216575f5ffd5b5f5f5f5f5f60a0868803121561123d575f5ffd5b8535945061124d60208701611200565b9350604086013592506112626060870161121b565b949793965091946080013592915050565b5f5f60408385031215611284575f5ffd5b8235915061129460208401611200565b90509250929050565b5f5f604083850312156112ae575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60c087890312156112d2575f5ffd5b86359550602087013594506112e960408801611200565b9350606087013592506112fe6080880161121b565b9598949750929591949360a090920135925050565b5f5f5f5f5f60808688031215611327575f5ffd5b8535945060208601356001600160e81b031981168114611345575f5ffd5b9350604086013567ffffffffffffffff811115611360575f5ffd5b8601601f81018813611370575f5ffd5b803567ffffffffffffffff811115611386575f5ffd5b886020828401011115611397575f5ffd5b959894975060200195606001359392505050565b5f5f5f5f5f5f60a087890312156113c0575f5ffd5b86359550602087013594506040870135935060608701359250608087013567ffffffffffffffff8111156113f2575f5ffd5b8701601f81018913611402575f5ffd5b803567ffffffffffffffff811115611418575f5ffd5b8960208260051b840101111561142c575f5ffd5b60208201935080925050509295509295509295565b634e487b7160e01b5f52602160045260245ffd5b6005811061146557611465611441565b9052565b6004811061146557611465611441565b81518152602080830151908201526040808301516001600160a01b0316908201526060808301516101008301916114b290840182611455565b5060808301516114c56080840182611469565b5060a083015160a083015260c083015160c083015260e083015160e083015292915050565b60208152815160208201526020820151604082015262ffffff60e81b6040830151166060820152606082015160808201525f608083015160a08084015280518060c0850152806020830160e086015e5f60e0828601015260e0601f19601f8301168501019250505092915050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103b8576103b8611558565b634e487b7160e01b5f52603260045260245ffd5b5f600182016115a4576115a4611558565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806115d357607f821691505b6020821081036115f157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561048657805f5260205f20601f840160051c8101602085101561161c5750805b601f840160051c820191505b8181101561163b575f8155600101611628565b5050505050565b815167ffffffffffffffff81111561165c5761165c6115ab565b6116708161166a84546115bf565b846115f7565b6020601f8211600181146116a2575f831561168b5750848201515b5f19600385901b1c1916600184901b17845561163b565b5f84815260208120601f198516915b828110156116d157878501518255602094850194600190920191016116b1565b50848210156116ee57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b85815262ffffff60e81b8516602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b6001600160a01b0383168152604081016103dd6020830184611455565b6001600160a01b038516815260208101849052608081016117896040830185611455565b82606083015295945050505050565b828152604081016103dd6020830184611469565b808201808211156103b8576103b861155856fe15ce71a1c1fcce13b69a8cadf45ef6a7e5d92dfce9505d5fe7c0f078b74fbb9ea26469706673582212204321547b518d772b7fcf4728d867179e618f1e82d0bf25a4778e06db2be5a63664736f6c634300081c0033";
        public PublicFundsDeploymentBase() : base(BYTECODE) { }
        public PublicFundsDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "admin", 1)]
        public virtual string Admin { get; set; }
    }

    public partial class BudgetRoleFunction : BudgetRoleFunctionBase { }

    [Function("BUDGET_ROLE", "bytes32")]
    public class BudgetRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class FinanceOfficerRoleFunction : FinanceOfficerRoleFunctionBase { }

    [Function("FINANCE_OFFICER_ROLE", "bytes32")]
    public class FinanceOfficerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class FundsApproverRoleFunction : FundsApproverRoleFunctionBase { }

    [Function("FUNDS_APPROVER_ROLE", "bytes32")]
    public class FundsApproverRoleFunctionBase : FunctionMessage
    {

    }

    public partial class FundsRelayerRoleFunction : FundsRelayerRoleFunctionBase { }

    [Function("FUNDS_RELAYER_ROLE", "bytes32")]
    public class FundsRelayerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class ApproveFunction : ApproveFunctionBase { }

    [Function("approve")]
    public class ApproveFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
    }

    public partial class ApproveForFunction : ApproveForFunctionBase { }

    [Function("approveFor")]
    public class ApproveForFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "staff", 1)]
        public virtual byte[] Staff { get; set; }
        [Parameter("uint256", "disbursementId", 2)]
        public virtual BigInteger DisbursementId { get; set; }
    }

    public partial class CreateProjectFunction : CreateProjectFunctionBase { }

    [Function("createProject", "uint256")]
    public class CreateProjectFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "budget", 1)]
        public virtual BigInteger Budget { get; set; }
        [Parameter("bytes3", "currency", 2)]
        public virtual byte[] Currency { get; set; }
        [Parameter("string", "department", 3)]
        public virtual string Department { get; set; }
        [Parameter("bytes32", "metadataHash", 4)]
        public virtual byte[] MetadataHash { get; set; }
    }

    public partial class DisbursementCountFunction : DisbursementCountFunctionBase { }

    [Function("disbursementCount", "uint256")]
    public class DisbursementCountFunctionBase : FunctionMessage
    {

    }

    public partial class GetDisbursementFunction : GetDisbursementFunctionBase { }

    [Function("getDisbursement", typeof(GetDisbursementOutputDTO))]
    public class GetDisbursementFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
    }

    public partial class GetProjectFunction : GetProjectFunctionBase { }

    [Function("getProject", typeof(GetProjectOutputDTO))]
    public class GetProjectFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "projectId", 1)]
        public virtual BigInteger ProjectId { get; set; }
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

    public partial class ProjectCountFunction : ProjectCountFunctionBase { }

    [Function("projectCount", "uint256")]
    public class ProjectCountFunctionBase : FunctionMessage
    {

    }

    public partial class ProposeFunction : ProposeFunctionBase { }

    [Function("propose", "uint256")]
    public class ProposeFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "projectId", 1)]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("address", "payee", 2)]
        public virtual string Payee { get; set; }
        [Parameter("uint256", "amount", 3)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint8", "category", 4)]
        public virtual byte Category { get; set; }
        [Parameter("bytes32", "documentHash", 5)]
        public virtual byte[] DocumentHash { get; set; }
    }

    public partial class ProposeForFunction : ProposeForFunctionBase { }

    [Function("proposeFor", "uint256")]
    public class ProposeForFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "staff", 1)]
        public virtual byte[] Staff { get; set; }
        [Parameter("uint256", "projectId", 2)]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("address", "payee", 3)]
        public virtual string Payee { get; set; }
        [Parameter("uint256", "amount", 4)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint8", "category", 5)]
        public virtual byte Category { get; set; }
        [Parameter("bytes32", "documentHash", 6)]
        public virtual byte[] DocumentHash { get; set; }
    }

    public partial class RejectFunction : RejectFunctionBase { }

    [Function("reject")]
    public class RejectFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
    }

    public partial class RejectForFunction : RejectForFunctionBase { }

    [Function("rejectFor")]
    public class RejectForFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "staff", 1)]
        public virtual byte[] Staff { get; set; }
        [Parameter("uint256", "disbursementId", 2)]
        public virtual BigInteger DisbursementId { get; set; }
    }

    public partial class RemainingFunction : RemainingFunctionBase { }

    [Function("remaining", "uint256")]
    public class RemainingFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "projectId", 1)]
        public virtual BigInteger ProjectId { get; set; }
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

    public partial class VerifyWageFunction : VerifyWageFunctionBase { }

    [Function("verifyWage", "bool")]
    public class VerifyWageFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
        [Parameter("bytes32", "worker", 2)]
        public virtual byte[] Worker { get; set; }
        [Parameter("uint256", "amount", 3)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("bytes32", "salt", 4)]
        public virtual byte[] Salt { get; set; }
        [Parameter("bytes32[]", "proof", 5)]
        public virtual List<byte[]> Proof { get; set; }
    }

    public partial class DisbursementApprovedEventDTO : DisbursementApprovedEventDTOBase { }

    [Event("DisbursementApproved")]
    public class DisbursementApprovedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "disbursementId", 1, true )]
        public virtual BigInteger DisbursementId { get; set; }
        [Parameter("uint256", "projectId", 2, true )]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("bytes32", "approver", 3, true )]
        public virtual byte[] Approver { get; set; }
        [Parameter("uint256", "amount", 4, false )]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class DisbursementProposedEventDTO : DisbursementProposedEventDTOBase { }

    [Event("DisbursementProposed")]
    public class DisbursementProposedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "disbursementId", 1, true )]
        public virtual BigInteger DisbursementId { get; set; }
        [Parameter("uint256", "projectId", 2, true )]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("bytes32", "proposer", 3, true )]
        public virtual byte[] Proposer { get; set; }
        [Parameter("address", "payee", 4, false )]
        public virtual string Payee { get; set; }
        [Parameter("uint256", "amount", 5, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint8", "category", 6, false )]
        public virtual byte Category { get; set; }
        [Parameter("bytes32", "documentHash", 7, false )]
        public virtual byte[] DocumentHash { get; set; }
    }

    public partial class DisbursementRejectedEventDTO : DisbursementRejectedEventDTOBase { }

    [Event("DisbursementRejected")]
    public class DisbursementRejectedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "disbursementId", 1, true )]
        public virtual BigInteger DisbursementId { get; set; }
        [Parameter("uint256", "projectId", 2, true )]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("bytes32", "approver", 3, true )]
        public virtual byte[] Approver { get; set; }
    }

    public partial class ProjectCreatedEventDTO : ProjectCreatedEventDTOBase { }

    [Event("ProjectCreated")]
    public class ProjectCreatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "projectId", 1, true )]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("uint256", "budget", 2, false )]
        public virtual BigInteger Budget { get; set; }
        [Parameter("bytes3", "currency", 3, false )]
        public virtual byte[] Currency { get; set; }
        [Parameter("bytes32", "metadataHash", 4, false )]
        public virtual byte[] MetadataHash { get; set; }
        [Parameter("string", "department", 5, false )]
        public virtual string Department { get; set; }
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

    public partial class PublicFundsInvalidCurrencyError : PublicFundsInvalidCurrencyErrorBase { }

    [Error("PublicFundsInvalidCurrency")]
    public class PublicFundsInvalidCurrencyErrorBase : IErrorDTO
    {
        [Parameter("bytes3", "currency", 1)]
        public virtual byte[] Currency { get; set; }
    }

    public partial class PublicFundsInvalidPayeeError : PublicFundsInvalidPayeeErrorBase { }

    [Error("PublicFundsInvalidPayee")]
    public class PublicFundsInvalidPayeeErrorBase : IErrorDTO
    {
        [Parameter("address", "payee", 1)]
        public virtual string Payee { get; set; }
        [Parameter("uint8", "category", 2)]
        public virtual byte Category { get; set; }
    }

    public partial class PublicFundsInvalidStaffError : PublicFundsInvalidStaffErrorBase { }

    [Error("PublicFundsInvalidStaff")]
    public class PublicFundsInvalidStaffErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "staff", 1)]
        public virtual byte[] Staff { get; set; }
    }

    public partial class PublicFundsMissingDocumentError : PublicFundsMissingDocumentErrorBase { }
    [Error("PublicFundsMissingDocument")]
    public class PublicFundsMissingDocumentErrorBase : IErrorDTO
    {
    }

    public partial class PublicFundsNotPayrollError : PublicFundsNotPayrollErrorBase { }

    [Error("PublicFundsNotPayroll")]
    public class PublicFundsNotPayrollErrorBase : IErrorDTO
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
    }

    public partial class PublicFundsNotPendingError : PublicFundsNotPendingErrorBase { }

    [Error("PublicFundsNotPending")]
    public class PublicFundsNotPendingErrorBase : IErrorDTO
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
        [Parameter("uint8", "status", 2)]
        public virtual byte Status { get; set; }
    }

    public partial class PublicFundsOverBudgetError : PublicFundsOverBudgetErrorBase { }

    [Error("PublicFundsOverBudget")]
    public class PublicFundsOverBudgetErrorBase : IErrorDTO
    {
        [Parameter("uint256", "projectId", 1)]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "remaining", 3)]
        public virtual BigInteger Remaining { get; set; }
    }

    public partial class PublicFundsSelfApprovalError : PublicFundsSelfApprovalErrorBase { }

    [Error("PublicFundsSelfApproval")]
    public class PublicFundsSelfApprovalErrorBase : IErrorDTO
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
        [Parameter("bytes32", "actor", 2)]
        public virtual byte[] Actor { get; set; }
    }

    public partial class PublicFundsUnknownDisbursementError : PublicFundsUnknownDisbursementErrorBase { }

    [Error("PublicFundsUnknownDisbursement")]
    public class PublicFundsUnknownDisbursementErrorBase : IErrorDTO
    {
        [Parameter("uint256", "disbursementId", 1)]
        public virtual BigInteger DisbursementId { get; set; }
    }

    public partial class PublicFundsUnknownProjectError : PublicFundsUnknownProjectErrorBase { }

    [Error("PublicFundsUnknownProject")]
    public class PublicFundsUnknownProjectErrorBase : IErrorDTO
    {
        [Parameter("uint256", "projectId", 1)]
        public virtual BigInteger ProjectId { get; set; }
    }

    public partial class PublicFundsZeroAddressError : PublicFundsZeroAddressErrorBase { }
    [Error("PublicFundsZeroAddress")]
    public class PublicFundsZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class PublicFundsZeroAmountError : PublicFundsZeroAmountErrorBase { }
    [Error("PublicFundsZeroAmount")]
    public class PublicFundsZeroAmountErrorBase : IErrorDTO
    {
    }

    public partial class PublicFundsZeroBudgetError : PublicFundsZeroBudgetErrorBase { }
    [Error("PublicFundsZeroBudget")]
    public class PublicFundsZeroBudgetErrorBase : IErrorDTO
    {
    }

    public partial class BudgetRoleOutputDTO : BudgetRoleOutputDTOBase { }

    [FunctionOutput]
    public class BudgetRoleOutputDTOBase : IFunctionOutputDTO 
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

    public partial class FinanceOfficerRoleOutputDTO : FinanceOfficerRoleOutputDTOBase { }

    [FunctionOutput]
    public class FinanceOfficerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class FundsApproverRoleOutputDTO : FundsApproverRoleOutputDTOBase { }

    [FunctionOutput]
    public class FundsApproverRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class FundsRelayerRoleOutputDTO : FundsRelayerRoleOutputDTOBase { }

    [FunctionOutput]
    public class FundsRelayerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }







    public partial class DisbursementCountOutputDTO : DisbursementCountOutputDTOBase { }

    [FunctionOutput]
    public class DisbursementCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetDisbursementOutputDTO : GetDisbursementOutputDTOBase { }

    [FunctionOutput]
    public class GetDisbursementOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Disbursement ReturnValue1 { get; set; }
    }

    public partial class GetProjectOutputDTO : GetProjectOutputDTOBase { }

    [FunctionOutput]
    public class GetProjectOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Project ReturnValue1 { get; set; }
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

    public partial class ProjectCountOutputDTO : ProjectCountOutputDTOBase { }

    [FunctionOutput]
    public class ProjectCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }









    public partial class RemainingOutputDTO : RemainingOutputDTOBase { }

    [FunctionOutput]
    public class RemainingOutputDTOBase : IFunctionOutputDTO 
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

    public partial class VerifyWageOutputDTO : VerifyWageOutputDTOBase { }

    [FunctionOutput]
    public class VerifyWageOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }
}
