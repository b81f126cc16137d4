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

namespace CityToken.Contracts.BallotBox.ContractDefinition
{


    public partial class BallotBoxDeployment : BallotBoxDeploymentBase
    {
        public BallotBoxDeployment() : base(BYTECODE) { }
        public BallotBoxDeployment(string byteCode) : base(byteCode) { }
    }

    public class BallotBoxDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "6101a0604052348015610010575f5ffd5b5060405161230d38038061230d83398101604081905261002f916102d6565b6040518060400160405280601381526020017f43697479546f6b656e2042616c6c6f74426f7800000000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008e826101d060201b60201c565b6101205261009b816101d0565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038316158061014d57506001600160a01b038216155b8061015f57506001600160a01b038116155b1561017d5760405163f88be60160e01b815260040160405180910390fd5b6001600160a01b038084166101605282166101805261019c5f82610216565b506101c77f4ca0d59cc1b5287d79308a67dd1f559e1a372cf529631d9beca39da81510ebb382610216565b5050505061037b565b5f5f829050601f81511115610203578260405163305a27a960e01b81526004016101fa9190610320565b60405180910390fd5b805161020e82610355565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102b6575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561026e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102b9565b505f5b92915050565b6001600160a01b03811681146102d3575f5ffd5b50565b5f5f5f606084860312156102e8575f5ffd5b83516102f3816102bf565b6020850151909350610304816102bf565b6040850151909250610315816102bf565b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610375575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516101605161018051611f186103f55f395f81816103e5015261134001525f81816102e8015281816109ac0152610b1601525f61154901525f61151e01525f61111e01525f6110f601525f61105101525f61107b01525f6110a50152611f185ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806374417bf4116100fe578063a217fddf1161009e578063d4a8dd981161006e578063d4a8dd981461043c578063d547741f1461044f578063f9d5ee7514610462578063fa5571ac14610482575f5ffd5b8063a217fddf14610407578063ae60d4f31461040e578063c003003214610421578063ceda894214610429575f5ffd5b806384b0196e116100d957806384b0196e1461038b57806386522973146103a657806391d14854146103cd578063927df998146103e0575f5ffd5b806374417bf41461033d5780637e77eb23146103505780637ecebe0014610363575f5ffd5b80632f2ff15d1161016957806342d21ef71161014457806342d21ef7146102c3578063577f9fb1146102e357806365104334146103225780636ea7f56e1461032a575f5ffd5b80632f2ff15d146102955780633644e515146102a857806336568abe146102b0575f5ffd5b80631a32b237116101a45780631a32b2371461021d5780631b0c27da1461023d578063248a9ca3146102605780632cd30e2b14610282575f5ffd5b806301ffc9a7146101ca5780630da183d6146101f2578063155ca22414610208575b5f5ffd5b6101dd6101d8366004611821565b6104a9565b60405190151581526020015b60405180910390f35b6101fa602081565b6040519081526020016101e9565b61021b610216366004611848565b6104df565b005b61023061022b366004611848565b6105d4565b6040516101e99190611899565b61025061024b366004611848565b61068d565b6040516101e994939291906118ab565b6101fa61026e366004611848565b5f9081526020819052604090206001015490565b6101fa610290366004611848565b6106e2565b61021b6102a33660046118ef565b6106f6565b6101fa610720565b61021b6102be3660046118ef565b61072e565b6102d66102d1366004611848565b610766565b6040516101e99190611931565b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101e9565b6101fa600281565b6101fa6103383660046119b1565b610778565b6101dd61034b366004611a42565b610960565b61021b61035e366004611a62565b61098b565b6101fa610371366004611a97565b6001600160a01b03165f9081526003602052604090205490565b610393610a67565b6040516101e99796959493929190611ae0565b6101fa7f62e196d8342f5e3c610f83f35b4be3fdbf23fd0530828174829b94f4eb0132e681565b6101dd6103db3660046118ef565b610aa9565b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b6101fa5f81565b61021b61041c366004611b4f565b610ad1565b6004546101fa565b6101fa610437366004611bbc565b610caf565b6101dd61044a366004611848565b610d1e565b61021b61045d3660046118ef565b610d57565b610475610470366004611848565b610d7b565b6040516101e99190611bfc565b6101fa7f4ca0d59cc1b5287d79308a67dd1f559e1a372cf529631d9beca39da81510ebb381565b5f6001600160e01b03198216637965db0b60e01b14806104d957506301ffc9a760e01b6001600160e01b03198316145b92915050565b7f4ca0d59cc1b5287d79308a67dd1f559e1a372cf529631d9beca39da81510ebb361050981610ef7565b5f61051383610f04565b6002810154909150600160881b900460ff161561054b576040516350bc5ba960e01b8152600481018490526024015b60405180910390fd5b60028101546001600160401b0316421061059057600281015460405163aef8685b60e01b8152600481018590526001600160401b039091166024820152604401610542565b60028101805460ff60881b1916600160881b17905560405183907f046d84e776c279a0f4e24ced548562d7489cfde3c0f636e36728c5c152f167d2905f90a2505050565b60605f6105e083610f04565b600201545f848152600660205260409020600160801b90910460ff169150816001600160401b0381111561061657610616611c8f565b60405190808252806020026020018201604052801561063f578160200160208202803683370190505b5092505f5b828110156106855781816020811061065e5761065e611ca3565b015484828151811061067257610672611ca3565b6020908102919091010152600101610644565b505050919050565b60605f5f5f5f61069c86610f04565b90506106a7866105d4565b9450806004015493506106b986610d1e565b925060026106c682610f50565b60038111156106d7576106d761191d565b149150509193509193565b5f6106ec82610f04565b6004015492915050565b5f8281526020819052604090206001015461071081610ef7565b61071a8383610fb6565b50505050565b5f610729611045565b905090565b6001600160a01b03811633146107575760405163334bd91960e11b815260040160405180910390fd5b610761828261116e565b505050565b5f6104d961077383610f04565b610f50565b5f7f4ca0d59cc1b5287d79308a67dd1f559e1a372cf529631d9beca39da81510ebb36107a381610ef7565b891580156107af575087155b156107cd576040516350f7812160e01b815260040160405180910390fd5b60028760ff1610806107e2575060208760ff16115b15610805576040516308dee4f760e21b815260ff88166004820152602401610542565b42866001600160401b0316108061082e5750856001600160401b0316856001600160401b031611155b1561085f57604051636aa62ee160e01b81526001600160401b03808816600483015286166024820152604401610542565b8261087d5760405163634ae5e160e11b815260040160405180910390fd5b60045f815461088b90611cb7565b91829055505f8181526005602081905260409091208c81556001810186905560028101805460ff8c16600160801b0260ff60801b196001600160401b038c8116600160401b026fffffffffffffffffffffffffffffffff19909416908e1617929092179190911617905560038101879055919350810161090c8a8c83611d5e565b5083837f42c4658c32e02bce6ba266a6f3139600d70c1ef1c76885b23dc637822bb920378d8d8d8d8d8d8d60405161094a9796959493929190611e17565b60405180910390a3505098975050505050505050565b5f61096a83610f04565b50505f91825260076020908152604080842092845291905290205460ff1690565b6040516310e67a9d60e31b81526001600160a01b0383811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690638733d4e890602401602060405180830381865afa1580156109f3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a179190611e7f565b9050336001600160a01b03821614610a5b5760405163b7b498b360e01b81526001600160a01b03808516600483015233602483015282166044820152606401610542565b61071a848484846111d7565b5f6060805f5f5f6060610a78611517565b610a80611542565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b82421115610af55760405163313338d960e01b815260048101849052602401610542565b6040516310e67a9d60e31b81526001600160a01b0386811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690638733d4e890602401602060405180830381865afa158015610b5d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b819190611e7f565b90505f610c277f62e196d8342f5e3c610f83f35b4be3fdbf23fd0530828174829b94f4eb0132e6888a89610bd18c6001600160a01b03165f90815260036020526040902080546001810190915590565b6040805160208101969096526001600160a01b03909416938501939093526060840191909152608083015260a082015260c0810187905260e0015b6040516020818303038152906040528051906020012061156d565b9050610c69828286868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061159992505050565b610c995760405163507dca0360e11b81526001600160a01b03808916600483015283166024820152604401610542565b610ca5888888856111d7565b5050505050505050565b604080517f62e196d8342f5e3c610f83f35b4be3fdbf23fd0530828174829b94f4eb0132e660208201526001600160a01b03871691810191909152606081018590526080810184905260a0810183905260c081018290525f90610d149060e001610c0c565b9695505050505050565b5f5f610d2983610f04565b6002810154909150600160881b900460ff16158015610d5057508060030154816004015410155b9392505050565b5f82815260208190526040902060010154610d7181610ef7565b61071a838361116e565b610dd96040518061012001604052805f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f60ff1681526020015f151581526020015f81526020015f8152602001606081525090565b610de282610f04565b6040805161012081018252825481526001830154602082015260028301546001600160401b0380821693830193909352600160401b8104909216606082015260ff600160801b830481166080830152600160881b909204909116151560a0820152600382015460c0820152600482015460e082015260058201805491929161010084019190610e7090611cdb565b80601f0160208091040260200160405190810160405280929190818152602001828054610e9c90611cdb565b8015610ee75780601f10610ebe57610100808354040283529160200191610ee7565b820191905f5260205f20905b815481529060010190602001808311610eca57829003601f168201915b5050505050815250509050919050565b610f01813361160a565b50565b5f81815260056020526040812060028101549091600160401b9091046001600160401b03169003610f4b57604051633400e65360e01b815260048101839052602401610542565b919050565b60028101545f90600160881b900460ff1615610f6e57506003919050565b60028201546001600160401b0316421015610f8a57505f919050565b6002820154600160401b90046001600160401b0316421015610fae57506001919050565b506002919050565b5f610fc18383610aa9565b61103e575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ff63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104d9565b505f6104d9565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561109d57507f000000000000000000000000000000000000000000000000000000000000000046145b156110c757507f000000000000000000000000000000000000000000000000000000000000000090565b610729604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6111798383610aa9565b1561103e575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104d9565b5f6111e185610f04565b6002810154909150600160881b900460ff1615611214576040516350bc5ba960e01b815260048101869052602401610542565b60028101546001600160401b031642101561125a57600281015460405163788c3d9560e11b8152600481018790526001600160401b039091166024820152604401610542565b6002810154600160401b90046001600160401b031642106112ac576002810154604051636b6969af60e11b815260048101879052600160401b9091046001600160401b03166024820152604401610542565b6002810154600160801b900460ff1683106112f957600281015460405163eccdb62760e01b81526004810187905260248101859052600160801b90910460ff166044820152606401610542565b600181015460028201546040516363fc2bcb60e11b81526001600160a01b03878116600483015260248201939093526001600160401b0390911660448201525f91829182917f0000000000000000000000000000000000000000000000000000000000000000169063c7f8579690606401606060405180830381865afa158015611385573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113a99190611ea9565b9250925092508215806113ba575081155b156113ea576040516329416fa760e01b8152600481018990526001600160a01b0388166024820152604401610542565b801561141b5760405163b26fbc0f60e01b8152600481018990526001600160a01b0388166024820152604401610542565b5f88815260076020908152604080832085845290915290205460ff161561145f5760405163c40babb360e01b81526004810189905260248101839052604401610542565b5f8881526007602090815260408083208584528252808320805460ff191660011790558a835260068252909120908790811061149d5761149d611ca3565b015f81546114aa90611cb7565b909155506004840180545f906114bf90611cb7565b90915550604080518781526001600160a01b0387811660208301528492908a16918b917f6b9563921df165929f18f7c635141cdb9c1c1844f12db0f4f164b31c41a83798910160405180910390a45050505050505050565b60606107297f0000000000000000000000000000000000000000000000000000000000000000611647565b60606107297f0000000000000000000000000000000000000000000000000000000000000000611647565b5f6104d9611579611045565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f036115f7575f5f6115b78585611684565b5090925090505f8160038111156115d0576115d061191d565b1480156115ee5750856001600160a01b0316826001600160a01b0316145b92505050610d50565b6116028484846116cd565b949350505050565b6116148282610aa9565b6116435760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610542565b5050565b60605f61165383611732565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f5f5f83516041036116bb576020840151604085015160608601515f1a6116ad88828585611759565b9550955095505050506116c6565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60ff8216601f8111156104d957604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561179257505f91506003905082611817565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156117e3573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661180e57505f925060019150829050611817565b92505f91508190505b9450945094915050565b5f60208284031215611831575f5ffd5b81356001600160e01b031981168114610d50575f5ffd5b5f60208284031215611858575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b8281101561188f578151865260209586019590910190600101611871565b5093949350505050565b602081525f610d50602083018461185f565b608081525f6118bd608083018761185f565b60208301959095525091151560408301521515606090910152919050565b6001600160a01b0381168114610f01575f5ffd5b5f5f60408385031215611900575f5ffd5b823591506020830135611912816118db565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b602081016004831061195157634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f840112611967575f5ffd5b5081356001600160401b0381111561197d575f5ffd5b602083019150836020828501011115611994575f5ffd5b9250929050565b80356001600160401b0381168114610f4b575f5ffd5b5f5f5f5f5f5f5f5f60e0898b0312156119c8575f5ffd5b8835975060208901356001600160401b038111156119e4575f5ffd5b6119f08b828c01611957565b909850965050604089013560ff81168114611a09575f5ffd5b9450611a1760608a0161199b565b9350611a2560808a0161199b565b979a969950949793969295929450505060a08201359160c0013590565b5f5f60408385031215611a53575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215611a74575f5ffd5b833592506020840135611a86816118db565b929592945050506040919091013590565b5f60208284031215611aa7575f5ffd5b8135610d50816118db565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f611afe60e0830189611ab2565b8281036040840152611b108189611ab2565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050611b41818561185f565b9a9950505050505050505050565b5f5f5f5f5f5f60a08789031215611b64575f5ffd5b863595506020870135611b76816118db565b9450604087013593506060870135925060808701356001600160401b03811115611b9e575f5ffd5b611baa89828a01611957565b979a9699509497509295939492505050565b5f5f5f5f5f60a08688031215611bd0575f5ffd5b8535611bdb816118db565b97602087013597506040870135966060810135965060800135945092505050565b6020815281516020820152602082015160408201525f6040830151611c2c60608401826001600160401b03169052565b5060608301516001600160401b038116608084015250608083015160ff811660a08401525060a083015180151560c08401525060c083015160e083015260e083015161010083015261010083015161012080840152611602610140840182611ab2565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60018201611cd457634e487b7160e01b5f52601160045260245ffd5b5060010190565b600181811c90821680611cef57607f821691505b602082108103611d0d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561076157805f5260205f20601f840160051c81016020851015611d385750805b601f840160051c820191505b81811015611d57575f8155600101611d44565b5050505050565b6001600160401b03831115611d7557611d75611c8f565b611d8983611d838354611cdb565b83611d13565b5f601f841160018114611dba575f8515611da35750838201355b5f19600387901b1c1916600186901b178355611d57565b5f83815260208120601f198716915b82811015611de95786850135825560209485019460019092019101611dc9565b5086821015611e05575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b87815260c060208201528560c0820152858760e08301375f60e087830101525f60e0601f19601f890116830101905060ff861660408301526001600160401b03851660608301526001600160401b03841660808301528260a083015298975050505050505050565b5f60208284031215611e8f575f5ffd5b8151610d50816118db565b80518015158114610f4b575f5ffd5b5f5f5f60608486031215611ebb575f5ffd5b611ec484611e9a565b925060208401519150611ed960408501611e9a565b9050925092509256fea26469706673582212209b969fb1525b20662413fec0d1f7be97307e42b97d886482f716e58076af3cbf64736f6c634300081c0033";
        public BallotBoxDeploymentBase() : base(BYTECODE) { }
        public BallotBoxDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "didRegistry_", 1)]
        public virtual string Didregistry { get; set; }
        [Parameter("address", "credentials_", 2)]
        public virtual string Credentials { get; set; }
        [Parameter("address", "admin", 3)]
        public virtual string Admin { get; set; }
    }

    public partial class BallotAdminRoleFunction : BallotAdminRoleFunctionBase { }

    [Function("BALLOT_ADMIN_ROLE", "bytes32")]
    public class BallotAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DomainSeparatorFunction : DomainSeparatorFunctionBase { }

    [Function("DOMAIN_SEPARATOR", "bytes32")]
    public class DomainSeparatorFunctionBase : FunctionMessage
    {

    }

    public partial class MaxOptionsFunction : MaxOptionsFunctionBase { }

    [Function("MAX_OPTIONS", "uint256")]
    public class MaxOptionsFunctionBase : FunctionMessage
    {

    }

    public partial class MinOptionsFunction : MinOptionsFunctionBase { }

    [Function("MIN_OPTIONS", "uint256")]
    public class MinOptionsFunctionBase : FunctionMessage
    {

    }

    public partial class VoteTypehashFunction : VoteTypehashFunctionBase { }

    [Function("VOTE_TYPEHASH", "bytes32")]
    public class VoteTypehashFunctionBase : FunctionMessage
    {

    }

    public partial class BallotCountFunction : BallotCountFunctionBase { }

    [Function("ballotCount", "uint256")]
    public class BallotCountFunctionBase : FunctionMessage
    {

    }

    public partial class CancelBallotFunction : CancelBallotFunctionBase { }

    [Function("cancelBallot")]
    public class CancelBallotFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
    }

    public partial class CastVoteFunction : CastVoteFunctionBase { }

    [Function("castVote")]
    public class CastVoteFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("address", "voter", 2)]
        public virtual string Voter { get; set; }
        [Parameter("uint256", "option", 3)]
        public virtual BigInteger Option { get; set; }
    }

    public partial class CastVoteBySigFunction : CastVoteBySigFunctionBase { }

    [Function("castVoteBySig")]
    public class CastVoteBySigFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("address", "voter", 2)]
        public virtual string Voter { get; set; }
        [Parameter("uint256", "option", 3)]
        public virtual BigInteger Option { get; set; }
        [Parameter("uint256", "deadline", 4)]
        public virtual BigInteger Deadline { get; set; }
        [Parameter("bytes", "signature", 5)]
        public virtual byte[] Signature { get; set; }
    }

    public partial class CreateBallotFunction : CreateBallotFunctionBase { }

    [Function("createBallot", "uint256")]
    public class CreateBallotFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "metadataHash", 1)]
        public virtual byte[] MetadataHash { get; set; }
        [Parameter("string", "metadataURI", 2)]
        public virtual string MetadataURI { get; set; }
        [Parameter("uint8", "optionCount", 3)]
        public virtual byte OptionCount { get; set; }
        [Parameter("uint64", "start", 4)]
        public virtual ulong Start { get; set; }
        [Parameter("uint64", "end", 5)]
        public virtual ulong End { get; set; }
        [Parameter("uint256", "quorum", 6)]
        public virtual BigInteger Quorum { get; set; }
        [Parameter("bytes32", "credentialType", 7)]
        public virtual byte[] CredentialType { get; set; }
    }

    public partial class CredentialsFunction : CredentialsFunctionBase { }

    [Function("credentials", "address")]
    public class CredentialsFunctionBase : FunctionMessage
    {

    }

    public partial class DidRegistryFunction : DidRegistryFunctionBase { }

    [Function("didRegistry", "address")]
    public class DidRegistryFunctionBase : FunctionMessage
    {

    }

    public partial class Eip712DomainFunction : Eip712DomainFunctionBase { }

    [Function("eip712Domain", typeof(Eip712DomainOutputDTO))]
    public class Eip712DomainFunctionBase : FunctionMessage
    {

    }

    public partial class GetBallotFunction : GetBallotFunctionBase { }

    [Function("getBallot", typeof(GetBallotOutputDTO))]
    public class GetBallotFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
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

    public partial class HasVotedFunction : HasVotedFunctionBase { }

    [Function("hasVoted", "bool")]
    public class HasVotedFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("bytes32", "personKey", 2)]
        public virtual byte[] PersonKey { get; set; }
    }

    public partial class NoncesFunction : NoncesFunctionBase { }

    [Function("nonces", "uint256")]
    public class NoncesFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class QuorumReachedFunction : QuorumReachedFunctionBase { }

    [Function("quorumReached", "bool")]
    public class QuorumReachedFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
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

    public partial class ResultsFunction : ResultsFunctionBase { }

    [Function("results", typeof(ResultsOutputDTO))]
    public class ResultsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
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

    public partial class StatusFunction : StatusFunctionBase { }

    [Function("status", "uint8")]
    public class StatusFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class TalliesFunction : TalliesFunctionBase { }

    [Function("tallies", "uint256[]")]
    public class TalliesFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
    }

    public partial class TurnoutFunction : TurnoutFunctionBase { }

    [Function("turnout", "uint256")]
    public class TurnoutFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
    }

    public partial class VoteDigestFunction : VoteDigestFunctionBase { }

    [Function("voteDigest", "bytes32")]
    public class VoteDigestFunctionBase : FunctionMessage
    {
        [Parameter("address", "voter", 1)]
        public virtual string Voter { get; set; }
        [Parameter("uint256", "ballotId", 2)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("uint256", "option", 3)]
        public virtual BigInteger Option { get; set; }
        [Parameter("uint256", "voterNonce", 4)]
        public virtual BigInteger VoterNonce { get; set; }
        [Parameter("uint256", "deadline", 5)]
        public virtual BigInteger Deadline { get; set; }
    }

    public partial class BallotCancelledEventDTO : BallotCancelledEventDTOBase { }

    [Event("BallotCancelled")]
    public class BallotCancelledEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "ballotId", 1, true )]
        public virtual BigInteger BallotId { get; set; }
    }

    public partial class BallotCreatedEventDTO : BallotCreatedEventDTOBase { }

    [Event("BallotCreated")]
    public class BallotCreatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "ballotId", 1, true )]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("bytes32", "credentialType", 2, true )]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("bytes32", "metadataHash", 3, false )]
        public virtual byte[] MetadataHash { get; set; }
        [Parameter("string", "metadataURI", 4, false )]
        public virtual string MetadataURI { get; set; }
        [Parameter("uint8", "optionCount", 5, false )]
        public virtual byte OptionCount { get; set; }
        [Parameter("uint64", "start", 6, false )]
        public virtual ulong Start { get; set; }
        [Parameter("uint64", "end", 7, false )]
        public virtual ulong End { get; set; }
        [Parameter("uint256", "quorum", 8, false )]
        public virtual BigInteger Quorum { get; set; }
    }

    public partial class EIP712DomainChangedEventDTO : EIP712DomainChangedEventDTOBase { }

    [Event("EIP712DomainChanged")]
    public class EIP712DomainChangedEventDTOBase : IEventDTO
    {
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

    public partial class VoteCastEventDTO : VoteCastEventDTOBase { }

    [Event("VoteCast")]
    public class VoteCastEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "ballotId", 1, true )]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("address", "voter", 2, true )]
        public virtual string Voter { get; set; }
        [Parameter("bytes32", "personKey", 3, true )]
        public virtual byte[] PersonKey { get; set; }
        [Parameter("uint256", "option", 4, false )]
        public virtual BigInteger Option { get; set; }
        [Parameter("address", "signer", 5, false )]
        public virtual string Signer { get; set; }
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

    public partial class BallotBoxAlreadyStartedError : BallotBoxAlreadyStartedErrorBase { }

    [Error("BallotBoxAlreadyStarted")]
    public class BallotBoxAlreadyStartedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("uint64", "start", 2)]
        public virtual ulong Start { get; set; }
    }

    public partial class BallotBoxAlreadyVotedError : BallotBoxAlreadyVotedErrorBase { }

    [Error("BallotBoxAlreadyVoted")]
    public class BallotBoxAlreadyVotedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("bytes32", "personKey", 2)]
        public virtual byte[] PersonKey { get; set; }
    }

    public partial class BallotBoxBallotCancelledError : BallotBoxBallotCancelledErrorBase { }

    [Error("BallotBoxBallotCancelled")]
    public class BallotBoxBallotCancelledErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
    }

    public partial class BallotBoxClosedError : BallotBoxClosedErrorBase { }

    [Error("BallotBoxClosed")]
    public class BallotBoxClosedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("uint64", "end", 2)]
        public virtual ulong End { get; set; }
    }

    public partial class BallotBoxCredentialRevokedError : BallotBoxCredentialRevokedErrorBase { }

    [Error("BallotBoxCredentialRevoked")]
    public class BallotBoxCredentialRevokedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("address", "voter", 2)]
        public virtual string Voter { get; set; }
    }

    public partial class BallotBoxExpiredSignatureError : BallotBoxExpiredSignatureErrorBase { }

    [Error("BallotBoxExpiredSignature")]
    public class BallotBoxExpiredSignatureErrorBase : IErrorDTO
    {
        [Parameter("uint256", "deadline", 1)]
        public virtual BigInteger Deadline { get; set; }
    }

    public partial class BallotBoxInvalidOptionError : BallotBoxInvalidOptionErrorBase { }

    [Error("BallotBoxInvalidOption")]
    public class BallotBoxInvalidOptionErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("uint256", "option", 2)]
        public virtual BigInteger Option { get; set; }
        [Parameter("uint256", "optionCount", 3)]
        public virtual BigInteger OptionCount { get; set; }
    }

    public partial class BallotBoxInvalidOptionCountError : BallotBoxInvalidOptionCountErrorBase { }

    [Error("BallotBoxInvalidOptionCount")]
    public class BallotBoxInvalidOptionCountErrorBase : IErrorDTO
    {
        [Parameter("uint256", "optionCount", 1)]
        public virtual BigInteger OptionCount { get; set; }
    }

    public partial class BallotBoxInvalidSignerError : BallotBoxInvalidSignerErrorBase { }

    [Error("BallotBoxInvalidSigner")]
    public class BallotBoxInvalidSignerErrorBase : IErrorDTO
    {
        [Parameter("address", "voter", 1)]
        public virtual string Voter { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class BallotBoxInvalidWindowError : BallotBoxInvalidWindowErrorBase { }

    [Error("BallotBoxInvalidWindow")]
    public class BallotBoxInvalidWindowErrorBase : IErrorDTO
    {
        [Parameter("uint64", "start", 1)]
        public virtual ulong Start { get; set; }
        [Parameter("uint64", "end", 2)]
        public virtual ulong End { get; set; }
    }

    public partial class BallotBoxMissingMetadataError : BallotBoxMissingMetadataErrorBase { }
    [Error("BallotBoxMissingMetadata")]
    public class BallotBoxMissingMetadataErrorBase : IErrorDTO
    {
    }

    public partial class BallotBoxNotEligibleError : BallotBoxNotEligibleErrorBase { }

    [Error("BallotBoxNotEligible")]
    public class BallotBoxNotEligibleErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("address", "voter", 2)]
        public virtual string Voter { get; set; }
    }

    public partial class BallotBoxNotIdentityOwnerError : BallotBoxNotIdentityOwnerErrorBase { }

    [Error("BallotBoxNotIdentityOwner")]
    public class BallotBoxNotIdentityOwnerErrorBase : IErrorDTO
    {
        [Parameter("address", "voter", 1)]
        public virtual string Voter { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
        [Parameter("address", "owner", 3)]
        public virtual string Owner { get; set; }
    }

    public partial class BallotBoxNotOpenError : BallotBoxNotOpenErrorBase { }

    [Error("BallotBoxNotOpen")]
    public class BallotBoxNotOpenErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
        [Parameter("uint64", "start", 2)]
        public virtual ulong Start { get; set; }
    }

    public partial class BallotBoxUnknownBallotError : BallotBoxUnknownBallotErrorBase { }

    [Error("BallotBoxUnknownBallot")]
    public class BallotBoxUnknownBallotErrorBase : IErrorDTO
    {
        [Parameter("uint256", "ballotId", 1)]
        public virtual BigInteger BallotId { get; set; }
    }

    public partial class BallotBoxZeroAddressError : BallotBoxZeroAddressErrorBase { }
    [Error("BallotBoxZeroAddress")]
    public class BallotBoxZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class BallotBoxZeroCredentialTypeError : BallotBoxZeroCredentialTypeErrorBase { }
    [Error("BallotBoxZeroCredentialType")]
    public class BallotBoxZeroCredentialTypeErrorBase : IErrorDTO
    {
    }

    public partial class InvalidAccountNonceError : InvalidAccountNonceErrorBase { }

    [Error("InvalidAccountNonce")]
    public class InvalidAccountNonceErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "currentNonce", 2)]
        public virtual BigInteger CurrentNonce { get; set; }
    }

    public partial class InvalidShortStringError : InvalidShortStringErrorBase { }
    [Error("InvalidShortString")]
    public class InvalidShortStringErrorBase : IErrorDTO
    {
    }

    public partial class StringTooLongError : StringTooLongErrorBase { }

    [Error("StringTooLong")]
    public class StringTooLongErrorBase : IErrorDTO
    {
        [Parameter("string", "str", 1)]
        public virtual string Str { get; set; }
    }

    public partial class BallotAdminRoleOutputDTO : BallotAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class BallotAdminRoleOutputDTOBase : IFunctionOutputDTO 
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

    public partial class DomainSeparatorOutputDTO : DomainSeparatorOutputDTOBase { }

    [FunctionOutput]
    public class DomainSeparatorOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class MaxOptionsOutputDTO : MaxOptionsOutputDTOBase { }

    [FunctionOutput]
    public class MaxOptionsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinOptionsOutputDTO : MinOptionsOutputDTOBase { }

    [FunctionOutput]
    public class MinOptionsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class VoteTypehashOutputDTO : VoteTypehashOutputDTOBase { }

    [FunctionOutput]
    public class VoteTypehashOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class BallotCountOutputDTO : BallotCountOutputDTOBase { }

    [FunctionOutput]
    public class BallotCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }









    public partial class CredentialsOutputDTO : CredentialsOutputDTOBase { }

    [FunctionOutput]
    public class CredentialsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class DidRegistryOutputDTO : DidRegistryOutputDTOBase { }

    [FunctionOutput]
    public class DidRegistryOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class Eip712DomainOutputDTO : Eip712DomainOutputDTOBase { }

    [FunctionOutput]
    public class Eip712DomainOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes1", "fields", 1)]
        public virtual byte[] Fields { get; set; }
        [Parameter("string", "name", 2)]
        public virtual string Name { get; set; }
        [Parameter("string", "version", 3)]
        public virtual string Version { get; set; }
        [Parameter("uint256", "chainId", 4)]
        public virtual BigInteger ChainId { get; set; }
        [Parameter("address", "verifyingContract", 5)]
        public virtual string VerifyingContract { get; set; }
        [Parameter("bytes32", "salt", 6)]
        public virtual byte[] Salt { get; set; }
        [Parameter("uint256[]", "extensions", 7)]
        public virtual List<BigInteger> Extensions { get; set; }
    }

    public partial class GetBallotOutputDTO : GetBallotOutputDTOBase { }

    [FunctionOutput]
    public class GetBallotOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Ballot ReturnValue1 { get; set; }
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

    public partial class HasVotedOutputDTO : HasVotedOutputDTOBase { }

    [FunctionOutput]
    public class HasVotedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class NoncesOutputDTO : NoncesOutputDTOBase { }

    [FunctionOutput]
    public class NoncesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class QuorumReachedOutputDTO : QuorumReachedOutputDTOBase { }

    [FunctionOutput]
    public class QuorumReachedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }



    public partial class ResultsOutputDTO : ResultsOutputDTOBase { }

    [FunctionOutput]
    public class ResultsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256[]", "counts", 1)]
        public virtual List<BigInteger> Counts { get; set; }
        [Parameter("uint256", "totalVotes", 2)]
        public virtual BigInteger TotalVotes { get; set; }
        [Parameter("bool", "reached", 3)]
        public virtual bool Reached { get; set; }
        [Parameter("bool", "isFinal", 4)]
        public virtual bool IsFinal { get; set; }
    }



    public partial class StatusOutputDTO : StatusOutputDTOBase { }

    [FunctionOutput]
    public class StatusOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class TalliesOutputDTO : TalliesOutputDTOBase { }

    [FunctionOutput]
    public class TalliesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256[]", "counts", 1)]
        public virtual List<BigInteger> Counts { get; set; }
    }

    public partial class TurnoutOutputDTO : TurnoutOutputDTOBase { }

    [FunctionOutput]
    public class TurnoutOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class VoteDigestOutputDTO : VoteDigestOutputDTOBase { }

    [FunctionOutput]
    public class VoteDigestOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }
}
