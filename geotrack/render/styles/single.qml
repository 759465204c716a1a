<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- geotrack QGIS style for the ${layer} layer. Generated from geotrack/render/palette.py; do not edit by hand. -->
<qgis version="3.34.0" styleCategories="Symbology|Labeling|Fields|Rendering">
  <renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0" enableorderby="0" referencescale="-1">
    <symbols>
${symbols}
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <previewExpression>${preview}</previewExpression>
  <layerGeometryType>0</layerGeometryType>
</qgis>
