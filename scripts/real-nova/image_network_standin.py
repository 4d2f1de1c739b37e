#!/usr/bin/python3
"""A stand-in for the image (Glance v2) and network (Neutron v2.0) calls that real Nova makes with the fake virt
driver, on loopback. One public image to boot from, images that Nova creates (snapshots, shelve), one network with
one subnet, and ports made on demand. Requests are logged as JSON lines.
Usage: PORT=9999 TENANT=<project> LOG=standin.jsonl python3 image_network_standin.py
"""
import json
import os
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

PORT = int(os.environ.get("PORT", "9999"))
LOG = open(os.environ.get("LOG", "standin.jsonl"), "a", buffering=1)
BASE = f"http://127.0.0.1:{PORT}"
TENANT = os.environ.get("TENANT", "0a1b2c3d4e5f60718293a4b5c6d7e8f9")
STAMP = "2024-01-01T00:00:00Z"


def now():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


IMAGES = {
    "6c7d4e2a-0b9b-4d3e-9a57-3f1f5a1f0b11": {
        "id": "6c7d4e2a-0b9b-4d3e-9a57-3f1f5a1f0b11", "name": "Ubuntu 22.04", "status": "active",
        "visibility": "public", "min_disk": 0, "min_ram": 0, "disk_format": "qcow2", "container_format": "bare",
        "size": 1, "tags": [], "os_type": "linux", "os_distro": "ubuntu", "os_version": "22.04",
        "owner": "0" * 32, "protected": False, "created_at": STAMP, "updated_at": STAMP,
    },
}
# Keys of the image schema: glanceclient turns any other key into a custom property (all strings).
CORE = ["id", "name", "status", "visibility", "min_disk", "min_ram", "disk_format", "container_format", "size",
        "tags", "owner", "protected", "created_at", "updated_at", "checksum", "virtual_size", "file", "schema", "self"]
NET = {"id": "11111111-2222-3333-4444-555555555555", "name": "Default Network", "status": "ACTIVE",
       "tenant_id": TENANT, "project_id": TENANT, "subnets": ["22222222-3333-4444-5555-666666666666"],
       "admin_state_up": True, "shared": False, "router:external": False, "mtu": 1450}
SUBNET = {"id": NET["subnets"][0], "network_id": NET["id"], "name": "sub", "cidr": "192.168.0.0/24",
          "gateway_ip": "192.168.0.1", "ip_version": 4, "enable_dhcp": True, "dns_nameservers": [], "host_routes": [],
          "allocation_pools": [{"start": "192.168.0.10", "end": "192.168.0.200"}], "tenant_id": TENANT}
SECURITY_GROUP = {"id": "33333333-4444-5555-6666-777777777777", "name": "default", "description": "",
                  "tenant_id": TENANT, "security_group_rules": []}
PORTS = {}
NEUTRON_NOT_FOUND = {"NeutronError": {"type": "HTTPNotFound", "message": "The resource could not be found.", "detail": ""}}


def matches(item, qs, keys):
    return all(str(item.get(k)) in v for k, v in qs.items() if k in keys)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, code, body=None, text=None):
        data = text.encode() if text is not None else b"" if body is None else json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=UTF-8" if text is not None else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.code = code

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type") or ""
        body = json.loads(raw) if raw and "json" in ctype else None
        path, _, query = self.path.partition("?")
        self.code = None
        try:
            self.route(self.command, path.rstrip("/"), parse_qs(query), body)
        except Exception as error:  # a stand-in's bug shows up as a 500 with its reason, never as a hang
            self.reply(500, {"message": f"stand-in error: {error!r}"})
        LOG.write(json.dumps({"t": time.time(), "method": self.command, "path": self.path,
                              "body": body if body is not None else (len(raw) or None), "status": self.code}) + "\n")

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any

    def route(self, method, path, qs, body):
        if path == "/image" or path.startswith("/image/"):
            return self.image(method, path[len("/image"):], qs, body)
        if path == "/network" or path.startswith("/network/"):
            return self.network(method, path[len("/network"):], qs, body)
        return self.reply(404, {"message": "unknown " + path})

    # --- image service ---------------------------------------------------------------------------------------------
    def image(self, method, path, qs, body):
        if path == "":
            return self.reply(300, {"versions": [{"id": "v2.9", "status": "CURRENT",
                                                  "links": [{"rel": "self", "href": f"{BASE}/image/v2/"}]}]})
        if path == "/v2/schemas/image":
            return self.reply(200, {"name": "image", "properties": {k: {} for k in CORE},
                                    "additionalProperties": {"type": "string"}, "links": []})
        if path == "/v2/images":
            if method == "POST":
                image_id = body.get("id") or str(uuid.uuid4())
                image = dict(body, id=image_id, status="queued", tags=body.get("tags", []), size=None, owner=TENANT,
                             protected=False, created_at=now(), updated_at=now())
                image.setdefault("visibility", "private")
                IMAGES[image_id] = image
                return self.reply(201, image)
            found = [i for i in IMAGES.values() if matches(i, qs, ("name", "status", "visibility", "id", "owner"))]
            return self.reply(200, {"images": found, "first": "/v2/images", "schema": "/v2/schemas/images"})
        parts = path[len("/v2/images/"):].split("/") if path.startswith("/v2/images/") else []
        image = IMAGES.get(parts[0]) if parts else None
        if image is None:  # as Glance answers it: plain text (a JSON body here makes glanceclient fail inside Nova)
            return self.reply(404, text=f"404 Not Found\n\nNo image found with ID {parts[0] if parts else path}\n\n   ")
        if len(parts) == 2 and parts[1] == "file":
            if method == "PUT":
                image.update(status="active", size=int(self.headers.get("Content-Length") or 0), updated_at=now())
                return self.reply(204)
            return self.reply(200, {})
        if method == "PATCH":  # JSON patch, as glanceclient sends it
            for op in body or []:
                key = op["path"].lstrip("/")
                if op["op"] == "remove":
                    image.pop(key, None)
                else:
                    image[key] = op.get("value")
            image["updated_at"] = now()
            return self.reply(200, image)
        if method == "DELETE":
            del IMAGES[image["id"]]
            return self.reply(204)
        return self.reply(200, image)

    # --- network service -------------------------------------------------------------------------------------------
    def network(self, method, path, qs, body):
        if path == "":
            return self.reply(200, {"versions": [{"id": "v2.0", "status": "CURRENT",
                                                  "links": [{"rel": "self", "href": f"{BASE}/network/v2.0/"}]}]})
        if not path.startswith("/v2.0/"):
            return self.reply(404, NEUTRON_NOT_FOUND)
        parts = path[len("/v2.0/"):].split("/")
        resource = parts[0]
        if resource == "networks":
            if len(parts) > 1:
                return self.reply(200, {"network": NET}) if parts[1] == NET["id"] else self.reply(404, NEUTRON_NOT_FOUND)
            shared = qs.get("shared", ["False"])[0].lower() == "true"
            hit = not shared and matches(NET, qs, ("name", "id", "tenant_id", "project_id"))
            return self.reply(200, {"networks": [NET] if hit else []})
        if resource == "subnets":
            if len(parts) > 1:
                return self.reply(200, {"subnet": SUBNET}) if parts[1] == SUBNET["id"] else self.reply(404, NEUTRON_NOT_FOUND)
            return self.reply(200, {"subnets": [SUBNET] if matches(SUBNET, qs, ("id", "network_id", "name")) else []})
        if resource == "quotas":
            return self.reply(200, {"quota": {"port": -1, "network": -1, "subnet": -1}})
        if resource == "security-groups":
            if len(parts) > 1:
                return self.reply(200, {"security_group": SECURITY_GROUP}) if parts[1] == SECURITY_GROUP["id"] else self.reply(404, NEUTRON_NOT_FOUND)
            return self.reply(200, {"security_groups": [SECURITY_GROUP] if matches(SECURITY_GROUP, qs, ("id", "name")) else []})
        if resource == "ports":
            return self.ports(method, parts, qs, body)
        if method == "GET":  # extensions, floating IPs, ...: nothing here
            return self.reply(200, {resource.replace("-", "_"): []})
        return self.reply(404, NEUTRON_NOT_FOUND)

    def ports(self, method, parts, qs, body):
        if method == "POST":
            n = len(PORTS) + 10
            port = dict(body["port"], id=str(uuid.uuid4()), status="ACTIVE", admin_state_up=True,
                        mac_address="fa:16:3e:00:00:%02x" % (n % 256), tenant_id=TENANT, project_id=TENANT,
                        fixed_ips=[{"subnet_id": SUBNET["id"], "ip_address": f"192.168.0.{n}"}],
                        **{"binding:vif_type": "ovs", "binding:vnic_type": "normal",
                           "binding:vif_details": {"port_filter": True}, "binding:profile": {}})
            port.setdefault("security_groups", [SECURITY_GROUP["id"]])
            port.setdefault("device_id", "")
            port.setdefault("device_owner", "")
            PORTS[port["id"]] = port
            return self.reply(201, {"port": port})
        if len(parts) > 1:
            port = PORTS.get(parts[1])
            if not port:
                return self.reply(404, {"NeutronError": {"type": "PortNotFound", "message": f"Port {parts[1]} could not be found.", "detail": ""}})
            if method == "PUT":
                port.update((body or {}).get("port", {}))
            elif method == "DELETE":
                del PORTS[parts[1]]
                return self.reply(204)
            return self.reply(200, {"port": port})
        keys = ("device_id", "network_id", "id", "device_owner", "tenant_id", "project_id", "mac_address")
        return self.reply(200, {"ports": [p for p in PORTS.values() if matches(p, qs, keys)]})


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
