/**
 * Public half of the key that fixes Crossdock's extension id (naeaknobmblkkcjjehdfpbdpjgkkfdlp) for
 * unpacked builds, so the OAuth redirect URL https://<id>.chromiumapp.org/ can be registered with
 * 1688 once. Only the public key is here; the store assigns its own id to published builds.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmrJWtaw5xeRq6jKBDRCDQHbz0N4KU6iSGLoulaLZj/roYXOAMelyUIMkjFFBzMl+yFkUMA3s50xmiucUK0z4TdV57ewaK0H6hzKnxMFA5djc3kX1UBYyL8GJNjo6MUDFZuGw3948fGnXaKlKcBeizGx5/ppvM4ksjObIY4d0efTVJNqjmfOLGaaBOcoiQQYpxN4vMlIU/9bRParhkGDiB2ZA8NSECHgu5fs9dllm509IFhkiRsb7yd+FZbBQ/MPLKI9ZA++nwJ+IQw8Vxdbu/1sSNBMlIEyQt5k3xOtaJVcOMdenXp19uSZ/tLhEo40feADKYVw8SWvclmsjcUp/aQIDAQAB';
export const EXTENSION_ID = 'naeaknobmblkkcjjehdfpbdpjgkkfdlp';
