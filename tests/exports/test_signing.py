"""A throw-away certificate signs the empty field; the signature validates and the pages are unchanged."""

import datetime as dt
import io

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from exports.pdf import render_pdf
from exports.signing import FIELD_NAME

from .conftest import CREATED


def _throwaway_signer():
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder_data  # noqa: F401
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Chủ tịch UBND xã (thử nghiệm)")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    der_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    der_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    signer = signers.SimpleSigner(signing_cert=der_cert, signing_key=der_key,
                                  cert_registry=SimpleCertificateStore.from_certs([der_cert]))  # fmt: skip
    return signer, der_cert


def test_it_signs_into_the_empty_field_and_validates(report):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    original = render_pdf(report, created=CREATED)
    signer, cert = _throwaway_signer()
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(original)),
        signers.PdfSignatureMetadata(field_name=FIELD_NAME, reason="Ký số báo cáo"),
        signer=signer,
        output=out,
    )
    signed = out.getvalue()
    assert signed.startswith(original)  # an incremental update: the rendered revision is untouched

    reader = PdfFileReader(io.BytesIO(signed))
    assert len(reader.embedded_signatures) == 1
    embedded = reader.embedded_signatures[0]
    assert embedded.field_name == FIELD_NAME
    status = validate_pdf_signature(embedded, ValidationContext(trust_roots=[cert]))
    assert status.intact and status.valid and status.trusted
    assert status.coverage.name in ("ENTIRE_FILE", "ENTIRE_REVISION")
    assert status.modification_level.name in ("NONE", "LTA_UPDATES", "FORM_FILLING")
