# What the real-Nova set-up and its checks agree on. Project ids in real Nova's URLs must be hexadecimal.
NOVA_TENANT=${NOVA_TENANT:-0a1b2c3d4e5f60718293a4b5c6d7e8f9}
NOVA_COMPUTE=http://127.0.0.1:8774/v2/$NOVA_TENANT
STANDIN_PORT=${STANDIN_PORT:-9999}
# The one image and the one network that image_network_standin.py knows.
STANDIN_IMAGE=6c7d4e2a-0b9b-4d3e-9a57-3f1f5a1f0b11
STANDIN_NETWORK=11111111-2222-3333-4444-555555555555
