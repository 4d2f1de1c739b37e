"""noauth2 that keeps the caller's token in the request context, so nova-api's own calls to the image and network
services carry it (plain noauth2 drops it and those calls fail). Loaded by up.sh through api-paste.ini."""
import webob.dec
from nova.api.openstack import auth, wsgi


class TokenKeepingNoAuth(auth.NoAuthMiddlewareBase):
    @webob.dec.wsgify(RequestClass=wsgi.Request)
    def __call__(self, req):
        app = self.base_call(req, True, always_admin=False)
        ctx = req.environ.get('nova.context')
        if ctx is not None:
            ctx.auth_token = req.headers.get('X-Auth-Token')
        return app
