from luthier.api.payments import _mask


def test_mask_keeps_bin_and_last4():
    assert _mask("6011000990139420") == "601100******9420"
